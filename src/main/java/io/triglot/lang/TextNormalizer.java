package io.triglot.lang;

import java.text.Normalizer;
import java.util.Locale;

/** Unicode normalization for stored text and for comparison keys. */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    /**
     * Normalizes text as stored in the termbase: Unicode NFC, whitespace runs folded to one space,
     * trimmed. Width is kept as written; it is folded only when comparing.
     */
    public static String clean(String s) {
        if (s == null) {
            return null;
        }
        String nfc = Normalizer.normalize(s, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean space = false;
        for (int i = 0; i < nfc.length(); i++) {
            char c = nfc.charAt(i);
            if (Character.isWhitespace(c) || Character.isSpaceChar(c) || Character.isISOControl(c) || c == '\uFEFF') {
                space = out.length() > 0;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Like {@link #clean} for each line, keeping line breaks between non-empty lines (notes). */
    public static String cleanLines(String s) {
        if (s == null) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (String line : s.split("\\r\\n|\\r|\\n")) {
            String c = clean(line);
            if (!c.isEmpty()) {
                if (out.length() > 0) {
                    out.append('\n');
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Folds text for comparison: NFKC (full-width Latin and half-width katakana to their usual forms),
     * and with {@code ignoreCase} lower case.
     */
    public static String fold(CharSequence s, boolean ignoreCase) {
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC);
        return ignoreCase ? n.toLowerCase(Locale.ROOT) : n;
    }

    /**
     * A spacing-insensitive key for Korean and Japanese: folded, with white space, middle dots and
     * hyphens removed, so that {@code 한일 군사정보보호협정}, {@code 한·일 군사정보보호협정} and
     * {@code 한일군사정보보호협정} compare equal.
     */
    public static String compactKey(CharSequence s, boolean ignoreCase) {
        String f = fold(s, ignoreCase);
        StringBuilder out = new StringBuilder(f.length());
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (Character.isWhitespace(c) || isJoiner(c)) {
                continue;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Characters that join or separate parts of a compound without changing it. */
    public static boolean isJoiner(char c) {
        return c == '\u00B7' || c == '\u30FB' || c == '\uFF65' || c == '\u2027' || c == '\u318D'
                || c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013';
    }
}
