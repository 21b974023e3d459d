package io.triglot.io.tmx;

import io.triglot.io.AtomicFiles;
import io.triglot.io.XmlText;
import io.triglot.model.TranslationUnit;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Writes TMX 1.4b ({@code version="1.4"}) with any number of languages per unit. Output depends only on
 * the units: no dates, stable attribute order, so the same inputs give byte-identical files. Okapi's
 * TMXWriter pairs one source with one target locale per document, which three-language units do not fit.
 */
public final class TmxWriter {
    private final String toolVersion;
    private final String sourceLang;

    /**
     * @param toolVersion the {@code creationtoolversion}
     * @param sourceLang  the {@code srclang}, e.g. {@code en-US}
     */
    public TmxWriter(String toolVersion, String sourceLang) {
        this.toolVersion = toolVersion;
        this.sourceLang = sourceLang;
    }

    /** Writes atomically: a failure leaves the previous file in place. */
    public void write(List<TranslationUnit> units, Path target) throws IOException {
        AtomicFiles.writeText(target, w -> write(units, w));
    }

    /** A source of units that hands each one to the writer, so a memory of any size streams through. */
    public interface Units {
        void each(UnitSink sink) throws IOException;
    }

    /** Takes the units a {@link Units} source hands over. */
    public interface UnitSink {
        void write(TranslationUnit u) throws IOException;
    }

    /** Writes streamed units atomically: a failure, in the source or the disk, leaves the previous file. */
    public void write(Units units, Path target) throws IOException {
        AtomicFiles.writeText(target, w -> {
            header(w);
            units.each(u -> unit(u, w));
            footer(w);
        });
    }

    public void write(List<TranslationUnit> units, Writer w) throws IOException {
        header(w);
        for (TranslationUnit u : units) {
            unit(u, w);
        }
        footer(w);
    }

    private void header(Writer w) throws IOException {
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        w.write("<tmx version=\"1.4\">\n");
        w.write("  <header creationtool=\"triglot\" creationtoolversion=\"" + esc(toolVersion)
                + "\" segtype=\"sentence\" o-tmf=\"triglot\" adminlang=\"en-US\" srclang=\"" + esc(sourceLang)
                + "\" datatype=\"plaintext\"/>\n");
        w.write("  <body>\n");
    }

    private static void unit(TranslationUnit u, Writer w) throws IOException {
        w.write("    <tu tuid=\"" + esc(u.tuid()) + "\"" + attributes(u.attributes()) + ">\n");
        for (String n : u.notes()) {
            w.write("      <note>" + esc(n) + "</note>\n");
        }
        for (TranslationUnit.Prop p : u.props()) {
            w.write("      <prop type=\"" + esc(p.type()) + "\">" + esc(p.value()) + "</prop>\n");
        }
        for (Map.Entry<String, String> e : u.texts().entrySet()) {
            TranslationUnit.Variant v = u.variants().get(e.getKey());
            if (v == null) {
                w.write("      <tuv xml:lang=\"" + esc(e.getKey()) + "\"><seg>" + esc(e.getValue()) + "</seg></tuv>\n");
                continue;
            }
            w.write("      <tuv xml:lang=\"" + esc(e.getKey()) + "\"" + attributes(v.attributes()) + ">");
            for (String n : v.notes()) {
                w.write("<note>" + esc(n) + "</note>");
            }
            for (TranslationUnit.Prop p : v.props()) {
                w.write("<prop type=\"" + esc(p.type()) + "\">" + esc(p.value()) + "</prop>");
            }
            // the segment as it came, inline codes and all (well-formed: the reader wrote it from XML events)
            w.write("<seg>" + (v.markup() != null ? v.markup() : esc(e.getValue())) + "</seg></tuv>\n");
        }
        w.write("    </tu>\n");
    }

    private static String attributes(Map<String, String> attributes) {
        StringBuilder sb = new StringBuilder();
        attributes.forEach((k, v) -> sb.append(' ').append(k).append("=\"").append(esc(v)).append('"'));
        return sb.toString();
    }

    private static void footer(Writer w) throws IOException {
        w.write("  </body>\n");
        w.write("</tmx>\n");
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }
}
