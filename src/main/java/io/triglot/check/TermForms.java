package io.triglot.check;

import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which terms of one concept are alternatives for the same slot in a text. A full form and its acronym are
 * not (writing "General Security of Military Information Agreement (GSOMIA)" is the style, not a lapse);
 * two names of one agreement, or two spellings of a name or a word, are ("Taro Kono" and "Kono Taro",
 * "white list" and "whitelist").
 */
final class TermForms {
    /** The slot a term fills: a name, a code (acronym or abbreviation), a transliteration, a short form. */
    enum Slot { NAME, CODE, TRANSLITERATION, SHORT }

    private TermForms() {
    }

    /**
     * Whether two different terms of a concept compete in one text: they fill the same slot, they have the
     * same type or one of them is a variant, neither is the other shortened (Korea in South Korea, 징용 in
     * 강제징용), and, unless the concept is a name (a person, an institution, an agreement), they are spellings
     * of one word (white list / whitelist) rather than synonyms (export controls / export curbs), which
     * reporters may vary.
     */
    static boolean compete(Concept c, Term a, Term b) {
        if (a.equals(b) || !a.language().equals(b.language())) {
            return false;
        }
        if (slot(c, a) != slot(c, b)) {
            return false;
        }
        if (a.type() != b.type() && a.type() != TermType.VARIANT && b.type() != TermType.VARIANT) {
            return false;
        }
        if (shortening(a.text(), b.text()) || shortening(b.text(), a.text())) {
            return false;
        }
        return isName(c) || spellingVariants(a.text(), b.text());
    }

    /** Short words a name in title case leaves in lower case (Ministry of Foreign Affairs). */
    private static final Set<String> MINOR = Set.of("a", "an", "and", "at", "by", "for", "in", "of", "on", "the", "to", "with");

    /**
     * Whether the concept names one thing: a preferred English term in title case or capitals (GSOMIA, Taro Kono,
     * General Security of Military Information Agreement), not a phrase (Korea-Japan relations, forced labor).
     */
    static boolean isName(Concept c) {
        List<Term> en = c.termsIn("en");
        if (en.isEmpty()) {
            return true;
        }
        for (Term t : en) {
            if (t.status() == TermStatus.PREFERRED && titleCase(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static boolean titleCase(String s) {
        boolean any = false;
        for (String w : s.split("[\\s\\-/]+")) {
            if (w.isEmpty() || !Character.isLetter(w.codePointAt(0))) {
                continue;
            }
            if (Character.isLowerCase(w.codePointAt(0)) && !MINOR.contains(w)) {
                return false;
            }
            any = true;
        }
        return any;
    }

    /**
     * Whether {@code shorter} is {@code longer} with words left out at either end (Korea of South Korea,
     * retaliation of economic retaliation), or for Korean and Japanese a part of it (징용 of 강제징용).
     */
    static boolean shortening(String shorter, String longer) {
        String s = TextNormalizer.fold(shorter, true);
        String l = TextNormalizer.fold(longer, true);
        if (s.length() >= l.length()) {
            return false;
        }
        if (s.chars().anyMatch(ch -> Character.UnicodeScript.of(ch) == Character.UnicodeScript.LATIN)) {
            return (" " + words(l) + " ").contains(" " + words(s) + " ");
        }
        return TextNormalizer.compactKey(l, true).contains(TextNormalizer.compactKey(s, true));
    }

    private static String words(String s) {
        return String.join(" ", s.split("[^\\p{L}\\p{N}]+")).trim();
    }

    /** Two spellings of one word: the same letters but for case, spaces and punctuation, or nearly so (US / U.S.). */
    static boolean spellingVariants(String a, String b) {
        String x = lettersOnly(a);
        String y = lettersOnly(b);
        return x.equals(y) || similarity(x, y) >= 0.8;
    }

    private static String lettersOnly(String s) {
        StringBuilder sb = new StringBuilder();
        TextNormalizer.fold(s, true).codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * The slot of a term; a variant fills the slot of the non-variant term of its language it is spelled most
     * like (Kono Taro → Taro Kono, a name; Gsomia → GSOMIA, a code).
     */
    static Slot slot(Concept c, Term t) {
        if (t.type() != TermType.VARIANT) {
            return slotOf(t.type());
        }
        Term closest = null;
        double best = -1;
        for (Term o : c.termsIn(t.language())) {
            if (o.type() == TermType.VARIANT) {
                continue;
            }
            double s = similarity(t.text(), o.text());
            if (s > best) {
                best = s;
                closest = o;
            }
        }
        return closest == null ? Slot.NAME : slotOf(closest.type());
    }

    private static Slot slotOf(TermType type) {
        return switch (type) {
            case ACRONYM, ABBREVIATION -> Slot.CODE;
            case TRANSLITERATION -> Slot.TRANSLITERATION;
            case SHORT_FORM -> Slot.SHORT;
            default -> Slot.NAME;
        };
    }

    /**
     * Dice coefficient of the character bigrams of the two texts, case, width and spacing folded: word order
     * does not matter much (Kono Taro / Taro Kono score 0.86), spelling does.
     */
    static double similarity(String a, String b) {
        Set<String> x = bigrams(TextNormalizer.compactKey(a, true));
        Set<String> y = bigrams(TextNormalizer.compactKey(b, true));
        if (x.isEmpty() || y.isEmpty()) {
            return 0;
        }
        int common = 0;
        for (String s : x) {
            if (y.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }

    private static Set<String> bigrams(String s) {
        Set<String> out = new HashSet<>();
        if (s.length() == 1) {
            out.add(s);
        }
        for (int i = 0; i + 2 <= s.length(); i++) {
            out.add(s.substring(i, i + 2));
        }
        return out;
    }
}
