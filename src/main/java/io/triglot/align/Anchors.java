package io.triglot.align;

import io.triglot.lang.Language;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a sentence carries that survives translation: numbers (with English month names and small number
 * words as digits, so {@code 23 November} meets {@code 11월 23일}), Latin-script tokens (GSOMIA, WTO in
 * Korean or Japanese text, every word in English), glossary concepts, and whether it asks a question.
 */
public final class Anchors {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z][A-Za-z0-9&'.-]*[A-Za-z0-9]|[A-Za-z]");
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("january", "1"), Map.entry("february", "2"), Map.entry("march", "3"), Map.entry("april", "4"),
            Map.entry("may", "5"), Map.entry("june", "6"), Map.entry("july", "7"), Map.entry("august", "8"),
            Map.entry("september", "9"), Map.entry("october", "10"), Map.entry("november", "11"),
            Map.entry("december", "12"), Map.entry("jan", "1"), Map.entry("feb", "2"), Map.entry("mar", "3"),
            Map.entry("apr", "4"), Map.entry("jun", "6"), Map.entry("jul", "7"), Map.entry("aug", "8"),
            Map.entry("sep", "9"), Map.entry("sept", "9"), Map.entry("oct", "10"), Map.entry("nov", "11"),
            Map.entry("dec", "12"), Map.entry("two", "2"), Map.entry("three", "3"), Map.entry("four", "4"),
            Map.entry("five", "5"), Map.entry("six", "6"), Map.entry("seven", "7"), Map.entry("eight", "8"),
            Map.entry("nine", "9"), Map.entry("ten", "10"), Map.entry("eleven", "11"), Map.entry("twelve", "12"),
            Map.entry("twenty", "20"), Map.entry("thirty", "30"), Map.entry("hundred", "100"));

    /** The anchors of one sentence (or of several, joined). */
    public record Set4(Set<String> numbers, Set<String> latin, Set<String> concepts, boolean question) {
        /** Anchors of two sentences taken together. */
        Set4 union(Set4 o) {
            Set<String> n = new HashSet<>(numbers);
            n.addAll(o.numbers);
            Set<String> l = new HashSet<>(latin);
            l.addAll(o.latin);
            Set<String> c = new HashSet<>(concepts);
            c.addAll(o.concepts);
            return new Set4(n, l, c, question || o.question);
        }

        static final Set4 EMPTY = new Set4(Set.of(), Set.of(), Set.of(), false);
    }

    private Anchors() {
    }

    /**
     * Extracts anchors.
     *
     * @param conceptsOf glossary concepts in a sentence, or null when no termbase is at hand
     */
    public static Set4 of(String sentence, Language lang, Function<String, Set<String>> conceptsOf) {
        String s = Normalizer.normalize(sentence, Normalizer.Form.NFKC);
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(s);
        while (m.find()) {
            numbers.add(normalizeNumber(m.group()));
        }
        Set<String> latin = new HashSet<>();
        Matcher w = LATIN.matcher(s);
        while (w.find()) {
            String tok = w.group().toLowerCase(Locale.ROOT).replace(".", "");
            if (lang == Language.EN) {
                String n = WORDS.get(tok);
                if (n != null) {
                    numbers.add(n);
                }
                latin.add(tok);
            } else if (tok.length() >= 2) {
                latin.add(tok);
            }
        }
        Set<String> concepts = conceptsOf == null ? Set.of() : conceptsOf.apply(sentence);
        boolean question = s.indexOf('?') >= 0;
        return new Set4(numbers, latin, concepts, question);
    }

    /** {@code 1,000} and {@code 1000} agree; {@code 55.4} stays. */
    static String normalizeNumber(String n) {
        String s = n.replaceAll(",(?=\\d{3}(?:\\D|$))", "");
        return s.replaceAll("^0+(?=\\d)", "");
    }
}
