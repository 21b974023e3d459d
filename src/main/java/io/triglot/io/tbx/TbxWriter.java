package io.triglot.io.tbx;

import io.triglot.io.AtomicFiles;
import io.triglot.io.XmlText;
import io.triglot.model.Concept;
import io.triglot.model.Source;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes TBX-Basic: v2 ({@code martif}, what OmegaT and memoQ import) or v3 (ISO 30042:2019, DCA style).
 * Forbidden terms are written as deprecated with {@code <termNote type="forbidden">true</termNote>} and
 * case-sensitive terms carry {@code <termNote type="caseSensitive">true</termNote>}, the fields
 * Phrase/Memsource exchange; tools that do not know them still see a deprecated term.
 */
public final class TbxWriter {
    /** TBX version to write. */
    public enum Version { V2, V3 }

    private final Version version;
    private final String generator;

    public TbxWriter(Version version, String generator) {
        this.version = version;
        this.generator = generator;
    }

    /** Writes atomically to a file. */
    public void write(Termbase tb, Path target) throws IOException {
        AtomicFiles.writeText(target, w -> write(tb, w));
    }

    /** Writes to a stream. */
    public void write(Termbase tb, Writer w) throws IOException {
        boolean v3 = version == Version.V3;
        w.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        if (v3) {
            w.write("<?xml-model href=\"https://raw.githubusercontent.com/LTAC-Global/TBX-Basic_dialect/master/DCA/TBXcoreStructV03_TBX-Basic_integrated.rng\" type=\"application/xml\" schematypens=\"http://relaxng.org/ns/structure/1.0\"?>\n");
            w.write("<tbx type=\"TBX-Basic\" style=\"dca\" xml:lang=\"en\" xmlns=\"urn:iso:std:iso:30042:ed-2\">\n");
            w.write("  <tbxHeader>\n");
        } else {
            w.write("<martif type=\"TBX-Basic\" xml:lang=\"en-US\">\n");
            w.write("  <martifHeader>\n");
        }
        w.write("    <fileDesc>\n");
        String title = tb.title() == null ? "triglot termbase" : tb.title();
        w.write("      <titleStmt><title>" + esc(title) + "</title></titleStmt>\n");
        w.write("      <sourceDesc><p>" + esc("Written by " + generator) + "</p></sourceDesc>\n");
        w.write("    </fileDesc>\n");
        if (v3) {
            w.write("  </tbxHeader>\n");
        } else {
            w.write("    <encodingDesc><p type=\"XCSURI\">TBXBasicXCSV02.xcs</p></encodingDesc>\n");
            w.write("  </martifHeader>\n");
        }
        w.write("  <text>\n    <body>\n");
        for (Concept c : tb.concepts()) {
            writeConcept(c, w, v3);
        }
        w.write("    </body>\n  </text>\n");
        w.write(v3 ? "</tbx>\n" : "</martif>\n");
    }

    private void writeConcept(Concept c, Writer w, boolean v3) throws IOException {
        String entry = v3 ? "conceptEntry" : "termEntry";
        String langSet = v3 ? "langSec" : "langSet";
        String tig = v3 ? "termSec" : "tig";
        w.write("      <" + entry + " id=\"" + esc(c.id()) + "\">\n");
        String ind = "        ";
        if (c.subjectField() != null) {
            w.write(ind + "<descrip type=\"subjectField\">" + esc(c.subjectField()) + "</descrip>\n");
        }
        if (c.definition() != null) {
            w.write(ind + "<descrip type=\"definition\">" + esc(c.definition()) + "</descrip>\n");
        }
        if (c.note() != null) {
            for (String n : c.note().split("\n")) {
                w.write(ind + "<note>" + esc(n) + "</note>\n");
            }
        }
        writeSources(c.sources(), w, ind);
        String currentLang = null;
        for (Term t : c.terms()) {
            if (!t.lang().equals(currentLang)) {
                if (currentLang != null) {
                    w.write(ind + "</" + langSet + ">\n");
                }
                currentLang = t.lang();
                w.write(ind + "<" + langSet + " xml:lang=\"" + esc(t.lang()) + "\">\n");
            }
            String ti = ind + "  ";
            String ni = ti + "  ";
            w.write(ti + "<" + tig + ">\n");
            w.write(ni + "<term>" + esc(t.text()) + "</term>\n");
            w.write(ni + "<termNote type=\"termType\">" + t.type().tbxValue() + "</termNote>\n");
            w.write(ni + "<termNote type=\"administrativeStatus\">" + t.status().tbxValue() + "</termNote>\n");
            if (t.status() == TermStatus.FORBIDDEN) {
                w.write(ni + "<termNote type=\"forbidden\">true</termNote>\n");
            }
            if (t.caseSensitive()) {
                w.write(ni + "<termNote type=\"caseSensitive\">true</termNote>\n");
            }
            if (t.usageNote() != null) {
                for (String n : t.usageNote().split("\n")) {
                    w.write(ni + "<termNote type=\"usageNote\">" + esc(n) + "</termNote>\n");
                }
            }
            writeSources(t.sources(), w, ni);
            w.write(ti + "</" + tig + ">\n");
        }
        if (currentLang != null) {
            w.write(ind + "</" + langSet + ">\n");
        }
        w.write("      </" + entry + ">\n");
    }

    private static void writeSources(List<Source> sources, Writer w, String ind) throws IOException {
        for (Source s : sources) {
            if (s.quote() == null) {
                w.write(ind + "<admin type=\"source\">" + esc(s.document()) + "</admin>\n");
            } else {
                w.write(ind + "<descripGrp>\n");
                w.write(ind + "  <descrip type=\"context\">" + esc(s.quote()) + "</descrip>\n");
                if (!s.document().isEmpty()) {
                    w.write(ind + "  <admin type=\"source\">" + esc(s.document()) + "</admin>\n");
                }
                w.write(ind + "</descripGrp>\n");
            }
        }
    }

    private static String esc(String s) {
        return XmlText.escape(s);
    }
}
