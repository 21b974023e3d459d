package io.triglot.check;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * British and American spellings of English words ({@code spelling-variants.tsv}: labour/labor,
 * defence/defense, organise/organize, travelled/traveled, …), and which of them a house style rejects.
 */
final class SpellingVariants {
    private static final String RESOURCE = "/io/triglot/check/spelling-variants.tsv";
    private static final SpellingVariants SHIPPED = load();

    /** How a pair behaves: both forms belong to one variety; -ise/-ize; only the British form is reported. */
    enum Kind { BOTH, ISE, TO_AMERICAN }

    private record Pair(String british, String american, Kind kind) {
    }

    private final Map<String, Pair> byBritish = new HashMap<>();
    /** Every word of either spelling, case-insensitive: most words of a text are turned away without a copy. */
    private final org.apache.lucene.analysis.CharArraySet any = new org.apache.lucene.analysis.CharArraySet(2048, true);
    private final Map<String, Pair> byAmerican = new HashMap<>();

    static SpellingVariants shipped() {
        return SHIPPED;
    }

    private static SpellingVariants load() {
        SpellingVariants v = new SpellingVariants();
        try (InputStream in = SpellingVariants.class.getResourceAsStream(RESOURCE);
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                Pair p = new Pair(f[0], f[1], Kind.valueOf(f[2].toUpperCase(Locale.ROOT).replace('-', '_')));
                v.byBritish.put(p.british, p);
                v.any.add(p.british);
                if (p.kind != Kind.TO_AMERICAN) {
                    v.byAmerican.put(p.american, p);
                    v.any.add(p.american);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        v.buildTable();
        return v;
    }

    /**
     * Whether {@code chars[start, end)} is a word of the list in either spelling (any case). Every word of an
     * English text comes here, so ASCII words are hashed in place, lower-cased by a bit, and looked up in an
     * open-addressing table; anything else goes to Lucene's case-insensitive set.
     */
    boolean listed(char[] chars, int start, int end) {
        int len = end - start;
        if (len < MIN_LENGTH || len > maxLength) {
            return false;
        }
        int h = 0;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                return any.contains(chars, start, len);
            }
            h = 31 * h + (c | 0x20);
        }
        for (int slot = h & (table.length - 1); table[slot] != null; slot = (slot + 1) & (table.length - 1)) {
            String w = table[slot];
            if (w.length() == len) {
                boolean same = true;
                for (int k = 0; k < len && same; k++) {
                    same = (chars[start + k] | 0x20) == w.charAt(k);
                }
                if (same) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The shortest word of the list (ax). */
    private static final int MIN_LENGTH = 2;
    private String[] table = new String[0];
    private int maxLength;

    /** Builds the open-addressing table of the ASCII words (at most a quarter full). */
    private void buildTable() {
        java.util.Set<String> words = new java.util.HashSet<>(byBritish.keySet());
        words.addAll(byAmerican.keySet());
        int size = Integer.highestOneBit(Math.max(16, words.size() * 4)) << 1;
        table = new String[size];
        for (String w : words) {
            maxLength = Math.max(maxLength, w.length());
            int h = 0;
            for (int i = 0; i < w.length(); i++) {
                h = 31 * h + (w.charAt(i) | 0x20);
            }
            int slot = h & (size - 1);
            while (table[slot] != null) {
                slot = (slot + 1) & (size - 1);
            }
            table[slot] = w;
        }
    }

    /**
     * The spelling the house style wants instead of {@code word} (lower case), or null when the word is right
     * (or not a variety spelling at all).
     */
    String correction(String word, HouseStyle.Variety variety) {
        String w = word.toLowerCase(Locale.ROOT);
        if (variety == HouseStyle.Variety.AMERICAN) {
            Pair p = byBritish.get(w);
            return p == null ? null : p.american;
        }
        Pair p = byAmerican.get(w);
        if (p != null && !(variety == HouseStyle.Variety.OXFORD && p.kind == Kind.ISE)) {
            return p.british;
        }
        if (variety == HouseStyle.Variety.OXFORD) {
            Pair b = byBritish.get(w);
            if (b != null && b.kind == Kind.ISE) {
                return b.american; // Oxford spelling: -ize, with British spelling otherwise
            }
        }
        return null;
    }

    /** Both spellings of a word (lower case), for finding which words termbase terms use; null if none. */
    String[] both(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Pair p = byBritish.get(w);
        if (p == null) {
            p = byAmerican.get(w);
        }
        return p == null ? null : new String[] {p.british, p.american};
    }

    /** {@code fix} in the case pattern of {@code original}: Labour → Labor, LABOUR → LABOR. */
    static String matchCase(String original, String fix) {
        if (original.length() > 1 && original.equals(original.toUpperCase(Locale.ROOT))) {
            return fix.toUpperCase(Locale.ROOT);
        }
        if (!original.isEmpty() && Character.isUpperCase(original.charAt(0))) {
            return Character.toUpperCase(fix.charAt(0)) + fix.substring(1);
        }
        return fix;
    }
}
