package io.triglot.lang;

import io.triglot.model.Term;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Term-matching analysis for en, ko and ja.
 *
 * <p>A term occurs in a text where a run of the text's tokens has the same match key as the term.
 * The tokens only decide where a term may start and end: Korean particles and endings (지소미아를) and
 * Japanese particles (ホワイト国から) are separate tokens, so the term ends before them. Keys are:
 * <ul>
 *   <li>English: the Porter stems of the tokens joined by spaces (so {@code white-listed},
 *       {@code white listed} and {@code White List} agree), and a compact key without the spaces so that
 *       {@code whitelist} and {@code white list} agree;</li>
 *   <li>Korean and Japanese: the original text of the run, NFKC-folded (full-width Latin, half-width
 *       katakana), lower-cased, without spaces, middle dots or hyphens, so Korean spacing variants agree
 *       and the key does not depend on how the analyzer split a compound.</li>
 * </ul>
 * Glossary terms go into Nori and Kuromoji user dictionaries so that the analyzers do not cut them
 * (without one, Nori reads 지소미아를 as 지소/미아/를).
 */
public final class TermAnalyzers {
    /** Longest term, in tokens, that matching considers. */
    public static final int MAX_SPAN = 16;

    private static final CharArraySet STOP = EnglishAnalyzer.ENGLISH_STOP_WORDS_SET;

    private final String koDictionary;
    private final String jaDictionary;
    private final Map<Language, Analyzer> analyzers = new EnumMap<>(Language.class);

    /** One token boundary pair with its English stem (null for ko/ja). */
    public record Token(int start, int end, String stem) {
    }

    /** A run of tokens and the keys it can match. */
    public record Span(int start, int end, List<String> keys) {
    }

    private TermAnalyzers(String koDictionary, String jaDictionary) {
        this.koDictionary = koDictionary;
        this.jaDictionary = jaDictionary;
        analyzers.put(Language.EN, english());
        analyzers.put(Language.KO, korean(koDictionary));
        analyzers.put(Language.JA, japanese(jaDictionary));
    }

    /** Analyzers whose user dictionaries hold the termbase's Korean and Japanese terms. */
    public static TermAnalyzers forTermbase(Termbase tb) {
        return new TermAnalyzers(koreanDictionary(tb), japaneseDictionary(tb));
    }

    /** Analyzers from stored user dictionaries (as written to the index). */
    public static TermAnalyzers fromDictionaries(String koDictionary, String jaDictionary) {
        return new TermAnalyzers(koDictionary, jaDictionary);
    }

    public String koreanDictionary() {
        return koDictionary;
    }

    public String japaneseDictionary() {
        return jaDictionary;
    }

    /** The Nori user dictionary: each space-free Hangul word of a Korean term, one per line. */
    static String koreanDictionary(Termbase tb) {
        TreeSet<String> words = new TreeSet<>();
        for (var c : tb.concepts()) {
            for (Term t : c.termsIn("ko")) {
                for (String piece : TextNormalizer.fold(t.text(), false).split("[\\s\u00B7\u318D\u2027-]+")) {
                    if (piece.length() >= 2 && piece.codePoints().allMatch(TermAnalyzers::isHangul)) {
                        words.add(piece);
                    }
                }
            }
        }
        return String.join("\n", words) + (words.isEmpty() ? "" : "\n");
    }

    /** The Kuromoji user dictionary: each space-free Japanese term as one custom noun. */
    static String japaneseDictionary(Termbase tb) {
        TreeSet<String> words = new TreeSet<>();
        for (var c : tb.concepts()) {
            for (Term t : c.termsIn("ja")) {
                for (String piece : TextNormalizer.fold(t.text(), false).split("[\\s\u30FB]+")) {
                    if (piece.length() >= 2 && piece.codePoints().anyMatch(TermAnalyzers::isJapanese)
                            && piece.chars().noneMatch(ch -> ch == ',' || ch == '"' || ch == '#')) {
                        words.add(piece);
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            // surface, segmentation, readings (one per segment), part of speech
            sb.append(w).append(',').append(w).append(',').append(w).append(",カスタム名詞\n");
        }
        return sb.toString();
    }

    private static boolean isHangul(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HANGUL;
    }

    private static boolean isJapanese(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    private static Analyzer english() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer src = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(src);
                ts = new ASCIIFoldingFilter(ts);
                ts = new LowerCaseFilter(ts);
                ts = new PorterStemFilter(ts);
                return new TokenStreamComponents(src, ts);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
    }

    private static Analyzer korean(String dictionary) {
        org.apache.lucene.analysis.ko.dict.UserDictionary dict;
        try {
            dict = dictionary.isEmpty() ? null
                    : org.apache.lucene.analysis.ko.dict.UserDictionary.open(new StringReader(dictionary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer src = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, dict,
                        KoreanTokenizer.DecompoundMode.DISCARD, false, true);
                return new TokenStreamComponents(src);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
    }

    private static Analyzer japanese(String dictionary) {
        org.apache.lucene.analysis.ja.dict.UserDictionary dict;
        try {
            dict = dictionary.isEmpty() ? null
                    : org.apache.lucene.analysis.ja.dict.UserDictionary.open(new StringReader(dictionary));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer src = new JapaneseTokenizer(dict, true, JapaneseTokenizer.Mode.SEARCH);
                return new TokenStreamComponents(src);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
    }

    /** The analyzer for a language (thread-safe, reusable). */
    public Analyzer analyzer(Language lang) {
        return analyzers.get(lang);
    }

    /** Tokens of a text with offsets into it, in order. */
    public List<Token> tokens(Language lang, String text) {
        List<Token> out = new ArrayList<>();
        try (TokenStream ts = analyzers.get(lang).tokenStream("t", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            OffsetAttribute off = ts.addAttribute(OffsetAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                int start = off.startOffset();
                int end = off.endOffset();
                String stem = null;
                if (lang == Language.EN) {
                    stem = term.toString();
                    end = trimPossessive(text, start, end);
                }
                out.add(new Token(start, end, stem));
            }
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** {@code House's} matches the term {@code House}: the offsets end before the possessive. */
    private static int trimPossessive(String text, int start, int end) {
        if (end - start > 2 && end <= text.length()) {
            char s = Character.toLowerCase(text.charAt(end - 1));
            char apo = text.charAt(end - 2);
            if (s == 's' && (apo == '\'' || apo == '\u2019' || apo == '\uFF07')) {
                return end - 2;
            }
        }
        return end;
    }

    /** Match keys of a glossary term (what the index stores for it). */
    public List<String> termKeys(Term t, Language lang) {
        String text = t.text();
        if (lang != Language.EN) {
            String key = TextNormalizer.compactKey(text, true);
            return key.isEmpty() ? List.of() : List.of(key);
        }
        List<Token> toks = tokens(Language.EN, text);
        if (toks.isEmpty()) {
            return List.of();
        }
        List<String> keys = new ArrayList<>(2);
        StringBuilder spaced = new StringBuilder();
        StringBuilder compact = new StringBuilder();
        for (Token tok : toks) {
            if (spaced.length() > 0) {
                spaced.append(' ');
            }
            spaced.append(tok.stem());
            compact.append(tok.stem());
        }
        keys.add(spaced.toString());
        if (toks.size() > 1) {
            keys.add(compact.toString());
        }
        return keys;
    }

    /** Number of tokens the analyzer gives a term: bounds the spans worth looking up. */
    public int tokenCount(Term t, Language lang) {
        List<Token> toks = tokens(lang, t.text());
        int count = 0;
        int lastStart = -1;
        for (Token tok : toks) {
            if (tok.start() != lastStart) {
                count++;
                lastStart = tok.start();
            }
        }
        return count;
    }

    /**
     * A text cut into token positions, with the key pieces that runs of tokens are built from:
     * the key of the run {@code i..j} is {@code first[i] + sep + cont[i+1] + ... + cont[j]}, where
     * {@code sep} is a space for English spaced keys and nothing otherwise. Tokens that share a start
     * (Korean inflection parts) are folded into one position.
     *
     * @param starts start offset of each position
     * @param ends   end offset of each position (non-decreasing)
     * @param first  key piece when the run starts at this position
     * @param cont   key piece when the run continues through this position
     * @param joinable English: whether the token may join a compact key (3+ letters, not a stop word)
     */
    public record Positions(Language lang, int[] starts, int[] ends, String[] first, String[] cont, boolean[] joinable) {
        public int size() {
            return starts.length;
        }
    }

    /** Cuts a text into positions for matching. */
    public Positions positions(Language lang, String text) {
        List<Token> toks = tokens(lang, text);
        List<int[]> merged = new ArrayList<>(toks.size());
        List<String> stems = new ArrayList<>(toks.size());
        for (Token t : toks) {
            if (!merged.isEmpty() && lang != Language.EN && merged.get(merged.size() - 1)[0] == t.start()) {
                int[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], t.end());
                continue;
            }
            int end = t.end();
            if (!merged.isEmpty()) {
                end = Math.max(end, merged.get(merged.size() - 1)[1]);
            }
            merged.add(new int[] {t.start(), end});
            stems.add(t.stem());
        }
        int n = merged.size();
        int[] starts = new int[n];
        int[] ends = new int[n];
        String[] first = new String[n];
        String[] cont = new String[n];
        boolean[] joinable = new boolean[n];
        for (int i = 0; i < n; i++) {
            starts[i] = merged.get(i)[0];
            ends[i] = merged.get(i)[1];
            if (lang == Language.EN) {
                first[i] = stems.get(i);
                cont[i] = stems.get(i);
                joinable[i] = stems.get(i).length() >= 3 && !STOP.contains(stems.get(i));
            } else {
                first[i] = TextNormalizer.compactKey(text.substring(starts[i], ends[i]), true);
                // the gap before the token (spaces, dots) and the token, as far as the previous one did not reach
                cont[i] = i == 0 ? first[i] : TextNormalizer.compactKey(text.substring(ends[i - 1], ends[i]), true);
                joinable[i] = true;
            }
        }
        return new Positions(lang, starts, ends, first, cont, joinable);
    }

    /**
     * Every run of up to {@code maxTokens} tokens of the text, with the keys it can match. The matcher
     * walks the same positions lazily against the index; this lists them all (for tests and diagnostics).
     */
    public List<Span> spans(Language lang, String text, int maxTokens) {
        Positions p = positions(lang, text);
        int max = Math.max(1, Math.min(maxTokens, MAX_SPAN));
        List<Span> out = new ArrayList<>();
        for (int i = 0; i < p.size(); i++) {
            StringBuilder key = new StringBuilder(p.first()[i]);
            StringBuilder compact = new StringBuilder(p.first()[i]);
            boolean compactOk = p.joinable()[i];
            for (int j = i; j < p.size() && j < i + max; j++) {
                if (j > i) {
                    key.append(lang == Language.EN ? " " : "").append(p.cont()[j]);
                    compact.append(p.cont()[j]);
                    compactOk &= p.joinable()[j];
                }
                List<String> keys = lang == Language.EN && j > i && compactOk
                        ? List.of(key.toString(), compact.toString()) : List.of(key.toString());
                if (!key.isEmpty()) {
                    out.add(new Span(p.starts()[i], p.ends()[j], keys));
                }
            }
        }
        return out;
    }

    /**
     * Whether {@code surface} is written in the case of {@code term}: letters are compared where they agree
     * ignoring case, up to where the spellings part (inflection), so {@code GSOMIAs} keeps the case of
     * {@code GSOMIA} but {@code Gsomia} does not.
     */
    public static boolean sameCase(String surface, String term) {
        String a = lettersAndDigits(TextNormalizer.fold(surface, false));
        String b = lettersAndDigits(TextNormalizer.fold(term, false));
        int n = Math.min(a.length(), b.length());
        for (int i = 0; i < n; i++) {
            char x = a.charAt(i);
            char y = b.charAt(i);
            if (Character.toLowerCase(x) != Character.toLowerCase(y)) {
                return true;
            }
            if (x != y) {
                return false;
            }
        }
        return true;
    }

    private static String lettersAndDigits(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
