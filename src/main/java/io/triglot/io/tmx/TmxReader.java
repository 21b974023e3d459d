package io.triglot.io.tmx;

import io.triglot.io.InputException;
import io.triglot.io.tbx.TbxReader;
import io.triglot.lang.LanguageTags;
import io.triglot.lang.TextNormalizer;
import io.triglot.model.TranslationUnit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the units of a TMX file (1.1 to 1.4b) one at a time, in bounded memory. Accepts {@code xml:lang}
 * or TMX 1.1's {@code lang}, language codes in any case, and inline markup: the text of {@code hi} and
 * {@code sub} is kept, the native codes of {@code bpt}, {@code ept}, {@code ph}, {@code it} and {@code ut}
 * are not part of the text, and the segment with its markup is kept beside it, with the attributes, props and
 * notes of the unit and of each language, so that a unit written again loses nothing. A unit that cannot be used is reported with its line and skipped; a file that
 * stops being well-formed ends the read at that line, keeping the units before it.
 */
public final class TmxReader {
    private static final XMLInputFactory FACTORY = TbxReader.secureFactory();
    private static final Set<String> CODES = Set.of("bpt", "ept", "ph", "it", "ut");

    /** A unit that was skipped. */
    public record Rejected(Path file, int line, String reason) {
        public String describe() {
            return file + ":" + line + ": " + reason;
        }
    }

    /** Counts of a read. */
    public record Summary(int units, int rejected, boolean truncated) {
    }

    private TmxReader() {
    }

    /** Reads a file, calling back for each good unit and each rejected one. */
    public static Summary read(Path file, Consumer<TranslationUnit> units, Consumer<Rejected> rejected) {
        return readWithLines(file, (u, line) -> units.accept(u), rejected);
    }

    /** Reads a file, calling back for each good unit with the line its {@code <tu>} starts on. */
    public static Summary readWithLines(Path file, java.util.function.ObjIntConsumer<TranslationUnit> units,
                               Consumer<Rejected> rejected) {
        if (!Files.isRegularFile(file)) {
            throw new InputException(file, 0, "no such file");
        }
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            int n = in.readNBytes(head, 0, 4);
            if (n == 0) {
                throw new InputException(file, 0, "empty file");
            }
        } catch (IOException e) {
            throw new InputException(file, 0, "cannot read: " + e.getMessage());
        }
        int good = 0;
        int bad = 0;
        int line = 0;
        XMLStreamReader r = null;
        try (InputStream in = Files.newInputStream(file)) {
            r = FACTORY.createXMLStreamReader(in);
            boolean root = false;
            while (r.hasNext()) {
                int ev = r.next();
                line = r.getLocation().getLineNumber();
                if (ev == XMLStreamConstants.DTD) {
                    if (TbxReader.declaresEntities(r.getText())) {
                        throw new InputException(file, line, "DOCTYPE with an internal subset or entity declarations is not allowed");
                    }
                } else if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (!root) {
                        root = true;
                        if (!r.getLocalName().equals("tmx")) {
                            throw new InputException(file, line, "not a TMX file: root element is <" + r.getLocalName() + ">");
                        }
                    } else if (r.getLocalName().equals("tu")) {
                        int tuLine = line;
                        String problem = readUnit(r, u -> units.accept(u, tuLine));
                        if (problem == null) {
                            good++;
                        } else {
                            bad++;
                            rejected.accept(new Rejected(file, tuLine, problem));
                        }
                    }
                }
            }
            if (!root) {
                throw new InputException(file, 0, "empty file");
            }
            return new Summary(good, bad, false);
        } catch (XMLStreamException e) {
            int l = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
            if (good == 0 && bad == 0) {
                throw new InputException(file, Math.max(l, 0), "malformed XML: " + message(e));
            }
            rejected.accept(new Rejected(file, Math.max(l, 0), "malformed XML, the rest of the file is skipped: " + message(e)));
            return new Summary(good, bad + 1, true);
        } catch (IOException e) {
            throw new InputException(file, line, "cannot read: " + e.getMessage());
        } finally {
            if (r != null) {
                try {
                    r.close();
                } catch (XMLStreamException ignored) {
                    // the stream is closed by try-with-resources
                }
            }
        }
    }

    private static String message(XMLStreamException e) {
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        int idx = m.indexOf("Message: ");
        return (idx >= 0 ? m.substring(idx + 9) : m).replaceAll("\\s+", " ").trim();
    }

    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    /** Reads one {@code tu}; returns null when it was delivered, or why it was rejected. */
    private static String readUnit(XMLStreamReader r, Consumer<TranslationUnit> units) throws XMLStreamException {
        String tuid = r.getAttributeValue(null, "tuid");
        Map<String, String> attributes = attributes(r, Set.of("tuid"));
        Map<String, String> texts = new LinkedHashMap<>();
        List<TranslationUnit.Prop> props = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        Map<String, TranslationUnit.Variant> variants = new LinkedHashMap<>();
        String problem = null;
        int depth = 1;
        // the tuv being read
        String lang = null;
        Map<String, String> tuvAttributes = null;
        List<TranslationUnit.Prop> tuvProps = null;
        List<String> tuvNotes = null;
        StringBuilder seg = null;
        StringBuilder markup = null;
        boolean inline = false;
        int codeDepth = 0;
        // a prop or note being read, and where it goes
        String propType = null;
        StringBuilder fieldText = null;
        while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
                depth++;
                String name = r.getLocalName();
                if (seg != null) {
                    // inline markup inside the segment: kept as XML, its codes left out of the plain text
                    inline = true;
                    markup.append('<').append(name);
                    for (int a = 0; a < r.getAttributeCount(); a++) {
                        String prefix = r.getAttributePrefix(a);
                        markup.append(' ').append(prefix == null || prefix.isEmpty() ? "" : prefix + ":")
                                .append(r.getAttributeLocalName(a)).append("=\"").append(io.triglot.io.XmlText.escape(r.getAttributeValue(a))).append('"');
                    }
                    markup.append('>');
                    if (CODES.contains(name)) {
                        codeDepth++;
                    }
                    continue;
                }
                switch (name) {
                    case "tuv" -> {
                        lang = r.getAttributeValue(XML_NS, "lang");
                        if (lang == null) {
                            lang = r.getAttributeValue(null, "lang");
                        }
                        if (lang == null && problem == null) {
                            problem = "<tuv> without xml:lang";
                        }
                        tuvAttributes = attributes(r, Set.of("lang"));
                        tuvProps = new ArrayList<>();
                        tuvNotes = new ArrayList<>();
                    }
                    case "seg" -> {
                        seg = new StringBuilder();
                        markup = new StringBuilder();
                        inline = false;
                    }
                    case "prop", "note" -> {
                        propType = name.equals("prop") ? r.getAttributeValue(null, "type") : null;
                        fieldText = new StringBuilder();
                    }
                    default -> {
                    }
                }
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
                depth--;
                String name = r.getLocalName();
                if (seg != null && !name.equals("seg")) {
                    markup.append("</").append(name).append('>');
                    if (CODES.contains(name)) {
                        codeDepth--;
                    }
                } else if (name.equals("seg") && seg != null) {
                    if (lang != null) {
                        try {
                            String tag = LanguageTags.normalize(lang);
                            String text = TextNormalizer.clean(seg.toString());
                            if (!text.isEmpty()) {
                                if (texts.containsKey(tag)) {
                                    texts.merge(tag, text, (a, b) -> a + " " + b);
                                } else {
                                    texts.put(tag, text);
                                    TranslationUnit.Variant v = new TranslationUnit.Variant(tuvAttributes, tuvProps,
                                            tuvNotes, inline ? markup.toString() : null);
                                    if (!v.isEmpty()) {
                                        variants.put(tag, v);
                                    }
                                }
                            }
                        } catch (IllegalArgumentException e) {
                            if (problem == null) {
                                problem = e.getMessage();
                            }
                        }
                    }
                    seg = null;
                } else if ((name.equals("prop") || name.equals("note")) && fieldText != null) {
                    String value = fieldText.toString().trim();
                    if (tuvProps != null) { // inside a tuv
                        if (name.equals("prop") && propType != null) {
                            tuvProps.add(new TranslationUnit.Prop(propType, value));
                        } else if (name.equals("note")) {
                            tuvNotes.add(value);
                        }
                    } else if (name.equals("prop") && propType != null) {
                        props.add(new TranslationUnit.Prop(propType, value));
                    } else if (name.equals("note")) {
                        notes.add(value);
                    }
                    fieldText = null;
                } else if (name.equals("tuv")) {
                    tuvProps = null;
                    tuvNotes = null;
                    tuvAttributes = null;
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA
                    || ev == XMLStreamConstants.SPACE) {
                if (seg != null) {
                    markup.append(io.triglot.io.XmlText.escape(r.getText()));
                    if (codeDepth == 0) {
                        seg.append(r.getText());
                    }
                } else if (fieldText != null) {
                    fieldText.append(r.getText());
                }
            }
        }
        if (problem != null) {
            return problem;
        }
        if (texts.isEmpty()) {
            return "unit without text";
        }
        if (tuid == null || tuid.isBlank()) {
            tuid = contentId(texts);
        }
        units.accept(new TranslationUnit(tuid.trim(), texts, props, notes, attributes, variants));
        return null;
    }

    /** An element's attributes, but for {@code skip} (and any namespace declaration), in document order. */
    private static Map<String, String> attributes(XMLStreamReader r, Set<String> skip) {
        Map<String, String> out = new LinkedHashMap<>();
        for (int a = 0; a < r.getAttributeCount(); a++) {
            String name = r.getAttributeLocalName(a);
            if (!skip.contains(name)) {
                out.put(name, r.getAttributeValue(a));
            }
        }
        return out;
    }

    /** A stable id for units without a tuid. */
    static String contentId(Map<String, String> texts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            texts.forEach((k, v) -> md.update((k + "\u0000" + v + "\u0000").getBytes(StandardCharsets.UTF_8)));
            return "h" + HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
