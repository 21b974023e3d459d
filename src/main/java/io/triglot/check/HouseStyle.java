package io.triglot.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import io.triglot.io.InputException;
import io.triglot.io.TextFiles;
import io.triglot.lang.Language;
import io.triglot.model.Concept;
import io.triglot.model.Severity;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.Termbase;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A newsroom's house style for {@code triglot check} (a TOML file, {@code glossaries/house-style.toml}):
 * the English spelling variety, which words that rule looks at, rules switched off, severities, the
 * acronyms to spell out at first use, and contested terms this newsroom prefers over the termbase's choice.
 */
public final class HouseStyle {
    /** The file checks use when it exists and no other is given. */
    public static final String DEFAULT_FILE = "glossaries/house-style.toml";

    /** English spelling: American, British with -ise, or British with -ize (Oxford). */
    public enum Variety { AMERICAN, BRITISH, OXFORD }

    /** Which English words the spelling rule looks at. */
    public enum Scope { TERMS, ALL }

    private final String source;
    private final Variety variety;
    private final Scope scope;
    private final Set<Rule> disabled;
    private final Map<Rule, Severity> severities;
    private final Set<String> spellOutFirst;
    private final boolean spellOutEvery;
    private final boolean headlineExempt;
    private final Set<String> optional;
    /** concept id → language → the term this newsroom prefers */
    private final Map<String, Map<Language, String>> prefer;
    private final Map<String, Concept> adjusted = new ConcurrentHashMap<>();

    private HouseStyle(String source, Variety variety, Scope scope, Set<Rule> disabled, Map<Rule, Severity> severities,
                       Set<String> spellOutFirst, boolean spellOutEvery, boolean headlineExempt, Set<String> optional,
                       Map<String, Map<Language, String>> prefer) {
        this.source = source;
        this.variety = variety;
        this.scope = scope;
        this.disabled = disabled;
        this.severities = severities;
        this.spellOutFirst = spellOutFirst;
        this.spellOutEvery = spellOutEvery;
        this.headlineExempt = headlineExempt;
        this.optional = optional;
        this.prefer = prefer;
    }

    /** American spelling, every rule on at its default severity, no acronym list, headlines exempt. */
    public static HouseStyle defaults() {
        return new HouseStyle("(defaults)", Variety.AMERICAN, Scope.TERMS, Set.of(), Map.of(), Set.of(), false, true, Set.of(), Map.of());
    }

    /** Where this style came from (a file, or the defaults). */
    public String source() {
        return source;
    }

    public Variety variety() {
        return variety;
    }

    public Scope spellingScope() {
        return scope;
    }

    public boolean enabled(Rule r) {
        return !disabled.contains(r);
    }

    public Severity severity(Rule r) {
        return severities.getOrDefault(r, r.defaultSeverity());
    }

    public boolean headlineExempt() {
        return headlineExempt;
    }

    /** Whether the concept's acronym must follow its spelled-out form. */
    public boolean spellOutFirst(String conceptId) {
        return spellOutEvery || spellOutFirst.contains(conceptId);
    }

    /**
     * Whether a translation may leave the concept out: a capital standing for its government ("Seoul decided")
     * is often translated as the country, so TERM_MISSING does not ask for it.
     */
    public boolean optionalInTranslation(String conceptId) {
        return optional.contains(conceptId);
    }

    /**
     * The concept as this newsroom uses it: each choice becomes the preferred term, and the termbase's preferred
     * terms in the same slot (a name for a name, an acronym for an acronym; see {@link TermForms#slot}) become
     * deprecated, so they are reported with the newsroom's choice as the replacement. Admitted terms stay admitted.
     */
    public Concept adjust(Concept c) {
        Map<Language, String> choices = prefer.get(c.id());
        if (choices == null) {
            return c;
        }
        return adjusted.computeIfAbsent(c.id(), id -> {
            List<Term> terms = new ArrayList<>(c.terms());
            for (Map.Entry<Language, String> e : choices.entrySet()) {
                String lang = e.getKey().code();
                Term chosen = null;
                for (Term t : terms) {
                    if (t.language().equals(lang) && t.text().equals(e.getValue())) {
                        chosen = t;
                    }
                }
                if (chosen == null) {
                    continue; // checked when the file was read
                }
                for (int i = 0; i < terms.size(); i++) {
                    Term t = terms.get(i);
                    if (t == chosen) {
                        terms.set(i, withStatus(t, TermStatus.PREFERRED));
                    } else if (t.language().equals(lang) && t.status() == TermStatus.PREFERRED
                            && TermForms.slot(c, t) == TermForms.slot(c, chosen)) {
                        terms.set(i, withStatus(t, TermStatus.DEPRECATED));
                    }
                }
            }
            return new Concept(c.id(), c.subjectField(), c.definition(), c.note(), c.sources(), terms);
        });
    }

    private static Term withStatus(Term t, TermStatus s) {
        return new Term(t.text(), t.lang(), s, t.type(), t.usageNote(), t.caseSensitive(), t.sources());
    }

    /**
     * Checks that the concepts and terms the style names exist in the termbase.
     *
     * @throws InputException naming the style file and the line of the unknown name
     */
    public void validate(Termbase tb, String text) {
        Map<String, Concept> byId = new HashMap<>();
        for (Concept c : tb.concepts()) {
            byId.put(c.id(), c);
        }
        for (String id : spellOutFirst) {
            if (!byId.containsKey(id)) {
                throw new InputException(Path.of(source), lineOf(text, id), "unknown concept '" + id + "' in spell-out-first");
            }
        }
        for (String id : optional) {
            if (!byId.containsKey(id)) {
                throw new InputException(Path.of(source), lineOf(text, id), "unknown concept '" + id + "' in optional-concepts");
            }
        }
        for (Map.Entry<String, Map<Language, String>> e : prefer.entrySet()) {
            Concept c = byId.get(e.getKey());
            if (c == null) {
                throw new InputException(Path.of(source), lineOf(text, e.getKey()), "unknown concept '" + e.getKey() + "' in [prefer]");
            }
            for (Map.Entry<Language, String> choice : e.getValue().entrySet()) {
                boolean found = c.termsIn(choice.getKey().code()).stream().anyMatch(t -> t.text().equals(choice.getValue()));
                if (!found) {
                    throw new InputException(Path.of(source), lineOf(text, choice.getValue()), "concept '" + c.id()
                            + "' has no " + choice.getKey().code() + " term '" + choice.getValue() + "'");
                }
            }
        }
    }

    /** Reads a style file; the text is kept for {@link #validate}. */
    public static Parsed read(Path file) {
        String text = TextFiles.decode(file, TextFiles.readBytes(file)); // an empty profile is all defaults
        return new Parsed(parse(file, text), text);
    }

    /** A style with the text it was read from. */
    public record Parsed(HouseStyle style, String text) {
    }

    static HouseStyle parse(Path file, String text) {
        JsonNode root;
        try {
            root = new TomlMapper().readTree(text);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw new InputException(file, Math.max(line, 0), "not valid TOML: " + e.getOriginalMessage().replaceAll("\\s+", " "));
        }
        Variety variety = Variety.AMERICAN;
        Scope scope = Scope.TERMS;
        Set<Rule> disabled = new LinkedHashSet<>();
        Map<Rule, Severity> severities = new EnumMap<>(Rule.class);
        Set<String> spellOut = new LinkedHashSet<>();
        boolean every = false;
        boolean headlineExempt = true;
        Set<String> optional = new LinkedHashSet<>();
        Map<String, Map<Language, String>> prefer = new HashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            String key = f.getKey();
            JsonNode v = f.getValue();
            try {
                switch (key) {
                    case "spelling" -> variety = Variety.valueOf(string(v, key).toUpperCase(java.util.Locale.ROOT));
                    case "spelling-scope" -> scope = Scope.valueOf(string(v, key).toUpperCase(java.util.Locale.ROOT));
                    case "disabled" -> {
                        for (JsonNode r : array(v, key)) {
                            disabled.add(Rule.parse(string(r, key)));
                        }
                    }
                    case "severity" -> {
                        for (Iterator<Map.Entry<String, JsonNode>> s = table(v, key).fields(); s.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = s.next();
                            severities.put(Rule.parse(e.getKey()), Severity.parse(string(e.getValue(), e.getKey())));
                        }
                    }
                    case "acronyms" -> {
                        for (Iterator<Map.Entry<String, JsonNode>> s = table(v, key).fields(); s.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = s.next();
                            switch (e.getKey()) {
                                case "spell-out-first" -> {
                                    for (JsonNode id : array(e.getValue(), e.getKey())) {
                                        String cid = string(id, e.getKey());
                                        if (cid.equals("*")) {
                                            every = true;
                                        } else {
                                            spellOut.add(cid);
                                        }
                                    }
                                }
                                case "headline-exempt" -> {
                                    if (!e.getValue().isBoolean()) {
                                        throw new IllegalArgumentException("headline-exempt must be true or false");
                                    }
                                    headlineExempt = e.getValue().booleanValue();
                                }
                                default -> throw new IllegalArgumentException("unknown key '" + e.getKey() + "' in [acronyms]");
                            }
                        }
                    }
                    case "bilingual" -> {
                        for (Iterator<Map.Entry<String, JsonNode>> s = table(v, key).fields(); s.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = s.next();
                            if (!e.getKey().equals("optional-concepts")) {
                                throw new IllegalArgumentException("unknown key '" + e.getKey() + "' in [bilingual]");
                            }
                            for (JsonNode id : array(e.getValue(), e.getKey())) {
                                optional.add(string(id, e.getKey()));
                            }
                        }
                    }
                    case "prefer" -> {
                        for (Iterator<Map.Entry<String, JsonNode>> s = table(v, key).fields(); s.hasNext(); ) {
                            Map.Entry<String, JsonNode> e = s.next();
                            Map<Language, String> byLang = new EnumMap<>(Language.class);
                            for (Iterator<Map.Entry<String, JsonNode>> l = table(e.getValue(), e.getKey()).fields(); l.hasNext(); ) {
                                Map.Entry<String, JsonNode> le = l.next();
                                Language lang = Language.parse(le.getKey());
                                byLang.put(lang, string(le.getValue(), le.getKey()));
                            }
                            prefer.put(e.getKey(), byLang);
                        }
                    }
                    default -> throw new IllegalArgumentException("unknown key '" + key + "'");
                }
            } catch (IllegalArgumentException e) {
                String msg = e.getMessage();
                if (msg != null && msg.startsWith("No enum constant")) {
                    msg = "bad value for '" + key + "' (expected " + (key.equals("spelling")
                            ? "american, british or oxford" : "terms or all") + ")";
                }
                throw new InputException(file, lineOf(text, key), msg);
            }
        }
        return new HouseStyle(file.toString(), variety, scope, Set.copyOf(disabled), Map.copyOf(severities),
                Set.copyOf(spellOut), every, headlineExempt, Set.copyOf(optional), Map.copyOf(prefer));
    }

    private static String string(JsonNode v, String key) {
        if (!v.isTextual()) {
            throw new IllegalArgumentException("'" + key + "' must be a string");
        }
        return v.textValue();
    }

    private static JsonNode array(JsonNode v, String key) {
        if (!v.isArray()) {
            throw new IllegalArgumentException("'" + key + "' must be an array");
        }
        return v;
    }

    private static JsonNode table(JsonNode v, String key) {
        if (!v.isObject()) {
            throw new IllegalArgumentException("'" + key + "' must be a table");
        }
        return v;
    }

    /** The first line of the file that mentions {@code needle} (0 if none): semantic errors point there. */
    private static int lineOf(String text, String needle) {
        int i = text.indexOf(needle);
        return i < 0 ? 0 : TextFiles.lineAt(text, i);
    }
}
