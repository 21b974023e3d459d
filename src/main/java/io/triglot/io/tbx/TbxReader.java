package io.triglot.io.tbx;

import io.triglot.io.InputException;
import io.triglot.io.TermbaseFile;
import io.triglot.io.TextFiles;
import io.triglot.lang.LanguageTags;
import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Source;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import java.io.ByteArrayInputStream;
import java.io.CharConversionException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads TBX-Basic as TBX v2 ({@code martif/text/body/termEntry/langSet/tig}, also {@code ntig/termGrp})
 * and as TBX v3 / ISO 30042:2019 DCA style ({@code tbx/text/body/conceptEntry/langSec/termSec}).
 * Streams entry by entry; DTD entity declarations and external entities are refused.
 */
public final class TbxReader {
    private static final Set<String> ENTRY = Set.of("termEntry", "conceptEntry");
    private static final Set<String> LANG = Set.of("langSet", "langSec");
    private static final Set<String> TERM = Set.of("tig", "ntig", "termSec");

    private TbxReader() {
    }

    private static final XMLInputFactory FACTORY = secureFactory();

    /**
     * Whether a DOCTYPE declares anything (an internal subset, entities): refused, since with DTD support off
     * a plain {@code <!DOCTYPE martif SYSTEM "...dtd">} is harmless but declarations are entity tricks.
     */
    public static boolean declaresEntities(String doctype) {
        return doctype != null && (doctype.contains("<!ENTITY") || doctype.contains("["));
    }

    /** Creates a StAX factory that never resolves DTDs or external entities. */
    public static XMLInputFactory secureFactory() {
        // the JDK's own parser, whatever else is on the class path (Okapi brings Woodstox)
        XMLInputFactory f = XMLInputFactory.newDefaultFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        return f;
    }

    /** Reads one TBX file. */
    public static TermbaseFile read(Path file) {
        byte[] bytes = TextFiles.readBytes(file);
        // Decode strictly first so that bad bytes are reported with their line, like every other input.
        String text = TextFiles.decode(file, bytes);
        if (text.isBlank()) {
            throw new InputException(file, 0, "empty file");
        }
        return new TbxReader.Parse(file, text).run(bytes);
    }

    private static final class Parse {
        private final Path file;
        private final String text;
        private final List<Concept> concepts = new ArrayList<>();
        private final Map<String, Integer> lines = new LinkedHashMap<>();
        private final List<String> warnings = new ArrayList<>();
        private final Set<String> skippedLanguages = new HashSet<>();
        private String title;
        private int line;

        Parse(Path file, String text) {
            this.file = file;
            this.text = text;
        }

        TermbaseFile run(byte[] bytes) {
            XMLStreamReader r = null;
            try {
                r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
                String root = null;
                Deque<String> path = new ArrayDeque<>();
                while (r.hasNext()) {
                    int ev = r.next();
                    line = r.getLocation().getLineNumber();
                    if (ev == XMLStreamConstants.DTD) {
                        String dtd = r.getText();
                        if (declaresEntities(dtd)) {
                            int at = text.indexOf("<!DOCTYPE");
                            throw new InputException(file, at < 0 ? line : TextFiles.lineAt(text, at),
                                    "DOCTYPE with an internal subset or entity declarations is not allowed");
                        }
                    } else if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
                        throw new InputException(file, line, "entity reference &" + r.getLocalName()
                                + "; is not allowed (only the five XML entities are)");
                    } else if (ev == XMLStreamConstants.START_ELEMENT) {
                        String name = r.getLocalName();
                        if (root == null) {
                            root = name;
                            if (!root.equals("martif") && !root.equals("tbx")) {
                                throw new InputException(file, line,
                                        "not a TBX file: root element is <" + root + ">, expected <martif> or <tbx>");
                            }
                        }
                        if (ENTRY.contains(name)) {
                            XmlNode entry = readTree(r);
                            addConcept(entry);
                            continue;
                        }
                        path.push(name);
                        if (name.equals("title") && path.contains("titleStmt") && title == null) {
                            title = TextNormalizer.clean(r.getElementText());
                            path.pop();
                        }
                    } else if (ev == XMLStreamConstants.END_ELEMENT) {
                        if (!path.isEmpty()) {
                            path.pop();
                        }
                    }
                }
                if (root == null) {
                    throw new InputException(file, 0, "empty file");
                }
            } catch (XMLStreamException e) {
                int l = e.getLocation() != null ? e.getLocation().getLineNumber() : line;
                throw new InputException(file, Math.max(l, 0), "malformed XML: " + xmlMessage(e), e);
            } finally {
                if (r != null) {
                    try {
                        r.close();
                    } catch (XMLStreamException ignored) {
                        // closing a reader over a byte array cannot lose data
                    }
                }
            }
            return new TermbaseFile(file, title, concepts, lines, warnings);
        }

        private String xmlMessage(XMLStreamException e) {
            if (e.getNestedException() instanceof CharConversionException) {
                return "invalid character encoding";
            }
            String m = e.getMessage();
            if (m == null) {
                return e.getClass().getSimpleName();
            }
            int idx = m.indexOf("Message: ");
            m = idx >= 0 ? m.substring(idx + "Message: ".length()) : m;
            return m.replaceAll("\\s+", " ").trim();
        }

        /** Reads the element the reader is on, with everything below it, into a tree. */
        private XmlNode readTree(XMLStreamReader r) throws XMLStreamException {
            Deque<XmlNode> stack = new ArrayDeque<>();
            XmlNode top = startNode(r);
            stack.push(top);
            while (!stack.isEmpty()) {
                int ev = r.next();
                line = r.getLocation().getLineNumber();
                switch (ev) {
                    case XMLStreamConstants.START_ELEMENT -> {
                        XmlNode n = startNode(r);
                        stack.peek().children.add(n);
                        stack.push(n);
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE ->
                            stack.peek().text.append(r.getText());
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw new InputException(file, line,
                            "entity reference &" + r.getLocalName() + "; is not allowed (only the five XML entities are)");
                    default -> {
                    }
                }
            }
            return top;
        }

        private XmlNode startNode(XMLStreamReader r) {
            XmlNode n = new XmlNode(r.getLocalName(), r.getLocation().getLineNumber());
            for (int i = 0; i < r.getAttributeCount(); i++) {
                String local = r.getAttributeLocalName(i);
                String ns = r.getAttributeNamespace(i);
                String key = "http://www.w3.org/XML/1998/namespace".equals(ns) ? "xml:" + local : local;
                n.attributes.put(key, r.getAttributeValue(i));
            }
            return n;
        }

        private void addConcept(XmlNode entry) {
            String subject = null;
            String definition = null;
            List<String> notes = new ArrayList<>();
            List<Source> sources = new ArrayList<>();
            List<Term> terms = new ArrayList<>();
            for (XmlNode c : entry.children) {
                String type = c.attr("type");
                switch (c.name) {
                    case "descrip" -> {
                        if ("subjectField".equals(type)) {
                            subject = clean(c);
                        } else if ("definition".equals(type)) {
                            definition = clean(c);
                        } else if ("context".equals(type)) {
                            sources.add(new Source("", clean(c)));
                        }
                    }
                    case "descripGrp" -> {
                        String def = null;
                        String quote = null;
                        String doc = null;
                        for (XmlNode g : c.children) {
                            if (g.name.equals("descrip") && "definition".equals(g.attr("type"))) {
                                def = clean(g);
                            } else if (g.name.equals("descrip") && "context".equals(g.attr("type"))) {
                                quote = clean(g);
                            } else if (g.name.equals("admin") && "source".equals(g.attr("type"))) {
                                doc = clean(g);
                            }
                        }
                        if (def != null) {
                            definition = def;
                            if (doc != null) {
                                sources.add(Source.of(doc));
                            }
                        } else if (doc != null || quote != null) {
                            sources.add(new Source(doc == null ? "" : doc, quote));
                        }
                    }
                    case "note" -> notes.add(clean(c));
                    case "admin" -> {
                        if ("source".equals(type)) {
                            sources.add(Source.of(clean(c)));
                        }
                    }
                    default -> {
                        if (LANG.contains(c.name)) {
                            readLangSet(c, terms);
                        }
                    }
                }
            }
            String id = entry.attr("id");
            if (id == null) {
                id = entry.attr("xml:id");
            }
            if (id == null || id.isBlank()) {
                id = derivedId(terms);
            }
            id = id.trim();
            if (lines.containsKey(id)) {
                throw new InputException(file, entry.line, "duplicate concept id '" + id + "' (first at line "
                        + lines.get(id) + ")");
            }
            Set<String> seen = new HashSet<>();
            for (Term t : terms) {
                if (!seen.add(t.lang() + "\u0000" + t.text())) {
                    throw new InputException(file, entry.line,
                            "concept '" + id + "' lists the " + t.lang() + " term '" + t.text() + "' twice");
                }
            }
            lines.put(id, entry.line);
            String note = notes.isEmpty() ? null : String.join("\n", notes);
            concepts.add(new Concept(id, subject, definition, note, sources, terms));
        }

        private void readLangSet(XmlNode langSet, List<Term> terms) {
            String raw = langSet.attr("xml:lang");
            if (raw == null) {
                raw = langSet.attr("lang");
            }
            if (raw == null) {
                throw new InputException(file, langSet.line, "<" + langSet.name + "> without xml:lang");
            }
            String lang;
            try {
                lang = LanguageTags.normalize(raw);
            } catch (IllegalArgumentException e) {
                throw new InputException(file, langSet.line, e.getMessage());
            }
            if (!LanguageTags.isSupported(lang)) {
                if (skippedLanguages.add(lang)) {
                    warnings.add(file + ":" + langSet.line + ": skipped terms in '" + lang
                            + "' (triglot handles en, ko and ja)");
                }
                return;
            }
            for (XmlNode c : langSet.children) {
                if (TERM.contains(c.name)) {
                    terms.add(readTerm(c, lang));
                }
            }
        }

        private Term readTerm(XmlNode tig, String lang) {
            // ntig wraps the term and its termNotes in a termGrp; flatten it.
            List<XmlNode> parts = new ArrayList<>();
            for (XmlNode c : tig.children) {
                if (c.name.equals("termGrp")) {
                    parts.addAll(c.children);
                } else {
                    parts.add(c);
                }
            }
            String text = null;
            TermStatus status = null;
            TermType type = TermType.FULL_FORM;
            boolean forbidden = false;
            boolean caseSensitive = false;
            List<String> usage = new ArrayList<>();
            List<Source> sources = new ArrayList<>();
            int termLine = tig.line;
            for (XmlNode p : parts) {
                String t = p.attr("type");
                try {
                    switch (p.name) {
                        case "term" -> {
                            text = clean(p);
                            termLine = p.line;
                        }
                        case "termNote" -> {
                            if (t == null) {
                                break;
                            }
                            switch (t) {
                                case "termType" -> type = TermType.parse(p.allText());
                                case "administrativeStatus", "normativeAuthorization" ->
                                        status = TermStatus.parse(p.allText());
                                case "forbidden" -> forbidden = truthy(p.allText());
                                case "caseSensitive" -> caseSensitive = truthy(p.allText());
                                case "usageNote" -> usage.add(clean(p));
                                default -> {
                                }
                            }
                        }
                        case "descrip" -> {
                            if ("context".equals(t)) {
                                sources.add(new Source("", clean(p)));
                            } else if ("usageNote".equals(t)) {
                                usage.add(clean(p));
                            }
                        }
                        case "descripGrp" -> {
                            String quote = null;
                            String doc = null;
                            for (XmlNode g : p.children) {
                                if (g.name.equals("descrip") && "context".equals(g.attr("type"))) {
                                    quote = clean(g);
                                } else if (g.name.equals("admin") && "source".equals(g.attr("type"))) {
                                    doc = clean(g);
                                }
                            }
                            if (doc != null || quote != null) {
                                sources.add(new Source(doc == null ? "" : doc, quote));
                            }
                        }
                        case "admin" -> {
                            if ("source".equals(t)) {
                                sources.add(Source.of(clean(p)));
                            }
                        }
                        case "note" -> usage.add(clean(p));
                        default -> {
                        }
                    }
                } catch (IllegalArgumentException e) {
                    throw new InputException(file, p.line, e.getMessage());
                }
            }
            if (text == null || text.isEmpty()) {
                throw new InputException(file, termLine, "<" + tig.name + "> without a term");
            }
            if (forbidden) {
                status = TermStatus.FORBIDDEN;
            }
            if (status == null) {
                status = TermStatus.ADMITTED;
            }
            String usageNote = usage.isEmpty() ? null : String.join("\n", usage);
            return new Term(text, lang, status, type, usageNote, caseSensitive, sources);
        }

        private static boolean truthy(String s) {
            String v = s.trim().toLowerCase(Locale.ROOT);
            return v.equals("true") || v.equals("yes") || v.equals("1");
        }

        private static String clean(XmlNode n) {
            return TextNormalizer.clean(n.allText());
        }

        /** A stable id for entries that have none: a hash of their terms. */
        private static String derivedId(List<Term> terms) {
            try {
                MessageDigest md = MessageDigest.getInstance("SHA-256");
                for (Term t : terms) {
                    md.update((t.lang() + "\t" + t.text() + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
                }
                return "c" + HexFormat.of().formatHex(md.digest(), 0, 6);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
