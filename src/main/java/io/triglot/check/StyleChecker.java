package io.triglot.check;

import io.triglot.index.TermIndex;
import io.triglot.index.TermMatch;
import io.triglot.index.TermMatcher;
import io.triglot.lang.Language;
import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Finding;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The monolingual rules: finds the termbase's terms in a text with the lookup matcher (so Korean and Japanese
 * inflection and spacing are understood, and offsets point into the original), then reports deprecated and
 * forbidden terms, wrong case, acronyms before their spelled-out form, British or American spelling against
 * the house style, and competing variants in one document or across several.
 */
public final class StyleChecker {
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    private final TermMatcher matcher;
    private final HouseStyle style;
    private final SpellingVariants spelling = SpellingVariants.shipped();
    private final TermIndex index;
    private final Map<String, java.util.Optional<Term>> replacements = new java.util.HashMap<>();

    /** A termbase term found in a text, with the concept and term as the house style has them. */
    public record Occurrence(CheckedText doc, int start, int end, String surface, Concept concept, Term term,
                             boolean caseMismatch, boolean headline) {
        Language language() {
            return Language.parse(term.language());
        }
    }

    public StyleChecker(TermIndex index, HouseStyle style) {
        this.index = index;
        this.matcher = new TermMatcher(index);
        this.style = style;
    }

    /** Whether a variety word, in either spelling, is a word of some English term (labour: forced labor). */
    private boolean termWord(String lower) {
        String[] both = spelling.both(lower);
        Set<String> words = index.englishTermWords();
        return words.contains(lower) || (both != null && (words.contains(both[0]) || words.contains(both[1])));
    }

    public HouseStyle style() {
        return style;
    }

    /** Every term occurrence in the text, paragraph by paragraph, in text order. */
    public List<Occurrence> occurrences(CheckedText doc) {
        List<Occurrence> out = new ArrayList<>();
        TermMatcher.Options options = new TermMatcher.Options(EnumSet.of(doc.language()), false, true);
        for (CheckedText.Block b : doc.blocks()) {
            List<Occurrence> block = new ArrayList<>();
            for (TermMatch m : matcher.find(b.text(), options)) {
                Concept c = style.adjust(m.concept());
                Term t = c.terms().get(Matches.ordinal(m));
                Occurrence o = new Occurrence(doc, b.start() + m.start(), b.start() + m.end(), m.surface(), c, t,
                        m.caseMismatch(), b.headline());
                if (!o.caseMismatch() || caseError(o)) {
                    block.add(o);
                }
            }
            out.addAll(Matches.preferExact(block, Occurrence::start, Occurrence::end, o -> Matches.exact(o.surface(), o.term())));
        }
        return out;
    }

    /** The rules that look at one document alone (all but {@link Rule#VARIANT_INCONSISTENCY}). */
    public List<Finding> check(CheckedText doc, List<Occurrence> occurrences) {
        List<Finding> out = new ArrayList<>();
        for (Occurrence o : occurrences) {
            TermStatus st = o.term().status();
            if (st == TermStatus.FORBIDDEN && style.enabled(Rule.FORBIDDEN_TERM)) {
                out.add(discouraged(o, Rule.FORBIDDEN_TERM, "forbidden"));
            } else if (st == TermStatus.DEPRECATED && style.enabled(Rule.DEPRECATED_TERM)) {
                out.add(discouraged(o, Rule.DEPRECATED_TERM, "deprecated"));
            } else if (o.caseMismatch() && style.enabled(Rule.CASING)) {
                out.add(finding(o.doc(), o.start(), o.end(), Rule.CASING,
                        String.format("\"%s\" is written \"%s\" (%s)", o.surface(), o.term().text(), o.concept().id()),
                        o.term().text(), o.concept().id()));
            }
        }
        if (style.enabled(Rule.ACRONYM_FIRST_USE)) {
            out.addAll(acronyms(doc, occurrences));
        }
        if (doc.language() == Language.EN && style.enabled(Rule.SPELLING_VARIETY)) {
            out.addAll(spelling(doc, occurrences));
        }
        return out;
    }

    private Finding discouraged(Occurrence o, Rule rule, String what) {
        Term t = o.term();
        Term replacement = replacements.computeIfAbsent(o.concept().id() + '\u0000' + t.lang() + '\u0000' + t.text(),
                k -> o.concept().replacementFor(t)).orElse(null);
        StringBuilder msg = new StringBuilder(String.format("%s term \"%s\" (%s)", what, t.text(), o.concept().id()));
        if (replacement != null) {
            msg.append(String.format("; use \"%s\"", replacement.text()));
        }
        if (t.usageNote() != null) {
            msg.append(": ").append(t.usageNote());
        }
        return finding(o.doc(), o.start(), o.end(), rule, msg.toString(),
                replacement == null ? null : replacement.text(), o.concept().id());
    }

    /**
     * Whether a match in another case than its case-sensitive term is a real case error: the same letters (the
     * stem that finds "use" for US is not), an acronym or a name of several words (a one-word name shares its
     * letters with ordinary words: Moon), not a short acronym written as an ordinary word (us, who), and not
     * just a capital at the start of a sentence or title case in a headline.
     */
    private static boolean caseError(Occurrence o) {
        Term t = o.term();
        String s = o.surface();
        if (!letters(s).equalsIgnoreCase(letters(t.text()))) {
            return false;
        }
        boolean code = t.type() == TermType.ACRONYM || t.type() == TermType.ABBREVIATION
                || (t.text().length() > 1 && t.text().equals(t.text().toUpperCase(Locale.ROOT)));
        boolean multiword = t.text().trim().contains(" ");
        if (!code && !multiword) {
            return false;
        }
        if (code && letters(t.text()).length() <= 3 && (s.equals(s.toLowerCase(Locale.ROOT)) || s.equals(capitalized(s.toLowerCase(Locale.ROOT))))) {
            return false;
        }
        if (!code && o.headline() && titleCase(t.text()).equals(titleCase(s))) {
            return false;
        }
        return code || !(sentenceStart(o) && capitalized(t.text()).equals(s));
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    private static boolean sentenceStart(Occurrence o) {
        String text = o.doc().text();
        int i = o.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '"' || text.charAt(i) == '“' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || text.charAt(i) == '\n' || text.charAt(i) == '.' || text.charAt(i) == '?' || text.charAt(i) == '!';
    }

    private static String capitalized(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String titleCase(String s) {
        StringBuilder sb = new StringBuilder();
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetterOrDigit(c);
        }
        return sb.toString();
    }

    /**
     * {@link Rule#ACRONYM_FIRST_USE}: for each concept the style lists, the first acronym in the body must come
     * after a spelled-out name of the concept (its full form or a variant of it, even a deprecated one: that
     * is another rule's business).
     */
    private List<Finding> acronyms(CheckedText doc, List<Occurrence> occurrences) {
        List<Finding> out = new ArrayList<>();
        Map<String, Occurrence> firstAcronym = new LinkedHashMap<>();
        Map<String, Occurrence> firstName = new LinkedHashMap<>();
        for (Occurrence o : occurrences) {
            if ((o.headline() && style.headlineExempt()) || !style.spellOutFirst(o.concept().id())) {
                continue;
            }
            if (TermForms.slot(o.concept(), o.term()) == TermForms.Slot.CODE) {
                firstAcronym.putIfAbsent(o.concept().id(), o);
            } else if (TermForms.slot(o.concept(), o.term()) == TermForms.Slot.NAME) {
                firstName.putIfAbsent(o.concept().id(), o);
            }
        }
        for (Map.Entry<String, Occurrence> e : firstAcronym.entrySet()) {
            Occurrence a = e.getValue();
            Occurrence name = firstName.get(e.getKey());
            if (name != null && name.start() < a.start()) {
                continue;
            }
            Term full = a.concept().termsIn(a.term().language()).stream()
                    .filter(t -> t.type() == TermType.FULL_FORM && t.status() == TermStatus.PREFERRED).findFirst()
                    .orElse(null);
            Term code = a.term().status().discouraged() ? a.concept().replacementFor(a.term()).orElse(a.term()) : a.term();
            String fullText = full == null ? "the full name" : full.text();
            String msg = name == null
                    ? String.format("\"%s\" is used without its spelled-out form (%s)", a.surface(), fullText)
                    : String.format("\"%s\" is used before its spelled-out form, which first comes on line %d",
                    a.surface(), doc.position(name.start()).line());
            out.add(finding(doc, a.start(), a.end(), Rule.ACRONYM_FIRST_USE, msg,
                    full == null ? null : full.text() + " (" + code.text() + ")", a.concept().id()));
        }
        return out;
    }

    /** {@link Rule#SPELLING_VARIETY}: English words in the other variety's spelling. */
    private List<Finding> spelling(CheckedText doc, List<Occurrence> occurrences) {
        List<Finding> out = new ArrayList<>();
        String text = doc.text();
        char[] chars = text.toCharArray();
        int n = text.length();
        for (int i = 0; i < n; ) {
            if (!letter(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            while (i < n && letter(chars[i])) {
                i++;
            }
            if (!spelling.listed(chars, start, i)) {
                continue;
            }
            String word = text.substring(start, i);
            String fix = spelling.correction(word, style.variety());
            if (fix == null) {
                continue;
            }
            String lower = word.toLowerCase(Locale.ROOT);
            if (style.spellingScope() == HouseStyle.Scope.TERMS && !termWord(lower)) {
                continue;
            }
            int end = i;
            Occurrence inside = null;
            for (Occurrence o : occurrences) {
                if (o.start() <= start && end <= o.end()) {
                    inside = o;
                    break;
                }
            }
            // a deprecated term is reported with its fix already; an approved term keeps its own spelling (a
            // British institution's name in an American house style)
            if (inside != null) {
                continue;
            }
            String suggestion = SpellingVariants.matchCase(word, fix);
            String variety = style.variety() == HouseStyle.Variety.AMERICAN ? "American"
                    : style.variety() == HouseStyle.Variety.OXFORD ? "British (Oxford, -ize)" : "British";
            out.add(finding(doc, start, end, Rule.SPELLING_VARIETY,
                    String.format("\"%s\": the house style spells it \"%s\" (%s spelling)", word, suggestion, variety),
                    suggestion, null));
        }
        return out;
    }

    private static boolean letter(char c) {
        return c < 0x80 ? (char) ((c | 0x20) - 'a') < 26 : Character.isLetter(c);
    }

    /**
     * {@link Rule#VARIANT_INCONSISTENCY} over a set of occurrences (one document's, or all files' with
     * {@code --across}): per concept and language, the forms used, and each occurrence of a form that competes
     * with a better one (the preferred term, else the most used form, else the first).
     */
    public List<Finding> variants(List<Occurrence> occurrences, boolean across) {
        if (!style.enabled(Rule.VARIANT_INCONSISTENCY)) {
            return List.of();
        }
        Map<String, Map<String, Form>> groups = new LinkedHashMap<>();
        int[] created = {0};
        for (Occurrence o : occurrences) {
            String key = o.concept().id() + '\u0000' + o.term().language();
            Form f = groups.computeIfAbsent(key, k -> new LinkedHashMap<>()).computeIfAbsent(formKey(o), k -> new Form(o, created[0]++));
            f.occurrences.add(o);
            f.files.add(o.doc().file());
        }
        // within a document a deprecated or forbidden occurrence is reported once, with its fix, by its own rule;
        // across files the point is to compare outlets, so every occurrence of a minority form counts
        boolean skipDiscouraged = !across && style.enabled(Rule.DEPRECATED_TERM);
        List<Finding> out = new ArrayList<>();
        for (Map<String, Form> forms : groups.values()) {
            if (forms.size() < 2) {
                continue;
            }
            for (Form f : forms.values()) {
                Form best = f;
                for (Form g : forms.values()) {
                    if (g != f && competes(f, g) && better(g, best)) {
                        best = g;
                    }
                }
                if (best == f) {
                    continue;
                }
                String where = across
                        ? String.format("%d time%s in %d file%s", best.occurrences.size(), best.occurrences.size() == 1 ? "" : "s",
                        best.files.size(), best.files.size() == 1 ? "" : "s")
                        : String.format("%d time%s in this document", best.occurrences.size(), best.occurrences.size() == 1 ? "" : "s");
                for (Occurrence o : f.occurrences) {
                    if (o.term().status().discouraged() && skipDiscouraged) {
                        continue; // reported with its fix by the deprecated/forbidden rule
                    }
                    String msg = String.format("\"%s\" competes with \"%s\" (%s, %s)", f.display, best.display,
                            where, o.concept().id());
                    out.add(finding(o.doc(), o.start(), o.end(), Rule.VARIANT_INCONSISTENCY, msg, best.display,
                            o.concept().id()));
                }
            }
        }
        return out;
    }

    /** The occurrences of one form of a concept: a term, or for Korean and Japanese one spelling of a term. */
    private static final class Form {
        final Term term;
        final String display;
        final Concept concept;
        final List<Occurrence> occurrences = new ArrayList<>();
        final Set<String> files = new TreeSet<>();
        /** Forms are created in text order (files in the order given), so this orders them by first use. */
        final int order;

        Form(Occurrence first, int order) {
            this.order = order;
            this.term = first.term();
            this.concept = first.concept();
            this.display = first.language() == Language.EN ? first.term().text() : TextNormalizer.clean(first.surface());
        }
    }

    /**
     * English forms are terms (inflection and hyphenation are grammar: white-listed, white list); Korean and
     * Japanese forms are the spellings as written, so 한일 군사정보보호협정 and 한일군사정보보호협정 differ.
     */
    private static String formKey(Occurrence o) {
        String term = o.term().text();
        return o.language() == Language.EN ? term : term + '\u0000' + TextNormalizer.clean(o.surface());
    }

    private static boolean competes(Form a, Form b) {
        if (a.term.equals(b.term)) {
            return true; // two spellings of one Korean or Japanese term
        }
        return TermForms.compete(a.concept, a.term, b.term);
    }

    /** Preferred term written as the termbase writes it first, then the most used, then the first used. */
    private static boolean better(Form g, Form than) {
        boolean gp = g.term.status() == TermStatus.PREFERRED && g.display.equals(g.term.text());
        boolean tp = than.term.status() == TermStatus.PREFERRED && than.display.equals(than.term.text());
        if (gp != tp) {
            return gp;
        }
        if (g.occurrences.size() != than.occurrences.size()) {
            return g.occurrences.size() > than.occurrences.size();
        }
        return g.order < than.order;
    }

    /** A finding at {@code [start, end)} of a document, with the profile's severity. */
    Finding finding(CheckedText doc, int start, int end, Rule rule, String message, String suggestion, String conceptId) {
        CheckedText.Position a = doc.position(start);
        CheckedText.Position b = doc.position(end);
        return new Finding(doc.file(), a.line(), a.column(), b.line(), b.column(), rule.id(), style.severity(rule),
                doc.text().substring(start, end), message, suggestion, conceptId);
    }

    /** Findings in a stable order: file, line, column, rule. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::file).thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column).thenComparing(Finding::rule);
}
