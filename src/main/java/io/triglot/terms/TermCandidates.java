package io.triglot.terms;

import io.triglot.lang.Language;
import io.triglot.lang.TextNormalizer;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTagFormat;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanTokenizer;
import org.apache.lucene.analysis.ko.POS;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * Term candidates of one sentence, per language: English noun phrases from Apache OpenNLP's tokenizer and
 * part-of-speech tagger (Universal Dependencies models); Korean runs of words that are nouns up to their
 * particles, from Nori's tags (NNG, NNP, SL, with the prefixes, numbers and suffixes inside such a word);
 * Japanese runs of nouns from Kuromoji's tags (名詞, katakana loanwords and Latin acronyms included). Each
 * run gives its sub-runs too (white list of "so-called white list countries"), as the text wrote them, with a
 * key that compares them (case, width and, for Korean and Japanese, spacing folded). One instance per thread:
 * the taggers are not thread-safe.
 */
public final class TermCandidates {
    private static final java.util.regex.Pattern POSSESSIVE = java.util.regex.Pattern.compile("[’']s\\b");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\-]+");
    /** Longest candidate, in tokens. */
    static final int MAX_TOKENS = 7;
    /** Token flag: may be a candidate of one character. */
    private static final int SINGLE = 4;
    /** Token flag: a noun, which may end a term when it ends its run. */
    private static final int HEAD = 8;

    private static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    private static final String TOKEN_MODEL = "/opennlp-en-ud-ewt-tokens-1.2-2.5.0.bin";
    private static final POSModel POS_EN = load(POS_MODEL, POSModel::new);
    private static final TokenizerModel TOKENS_EN = load(TOKEN_MODEL, TokenizerModel::new);
    /** Words a term does not start or end with, though the tagger may call them nouns or adjectives. */
    private static final Set<String> EDGE_STOP = Set.of("such", "other", "many", "more", "most", "some", "several", "own",
            "same", "last", "first", "new", "former", "recent", "latest", "current", "further", "certain", "so-called",
            "year", "years", "month", "months", "day", "days", "week", "time", "times", "way", "part", "lot", "number",
            "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "prof", "prof.",
            "january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
            "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "today", "yesterday", "tomorrow");

    private final TokenizerME tokenizer = new TokenizerME(TOKENS_EN);
    private final POSTaggerME tagger = new POSTaggerME(POS_EN, POSTagFormat.UD);
    private final KoreanTokenizer korean;
    private final JapaneseTokenizer japanese;
    /** The readings of the last Japanese text's tokens, by start offset. */
    private final Map<Integer, String> readings = new java.util.HashMap<>();

    /**
     * A candidate: its text as written, the key it is counted under, its length in tokens, where it is in the
     * text (its first occurrence, in characters), and for Japanese how Kuromoji reads it, in katakana (null for
     * English and Korean, and where a word has no reading in the dictionary).
     */
    public record Candidate(String surface, String key, int tokens, int start, int end, String reading) {
        /** Whether the two overlap in the text. */
        public boolean overlaps(int otherStart, int otherEnd) {
            return start < otherEnd && otherStart < end;
        }
    }

    private interface Loader<T> {
        T load(InputStream in) throws IOException;
    }

    private static <T> T load(String resource, Loader<T> loader) {
        try (InputStream in = TermCandidates.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing model " + resource);
            }
            return loader.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * @param koDictionary Nori user dictionary (the termbase's terms, so known terms stay one token), or ""
     * @param jaDictionary Kuromoji user dictionary, or ""
     */
    public TermCandidates(String koDictionary, String jaDictionary) {
        try {
            var ko = koDictionary.isEmpty() ? null
                    : org.apache.lucene.analysis.ko.dict.UserDictionary.open(new StringReader(koDictionary));
            var ja = jaDictionary.isEmpty() ? null
                    : org.apache.lucene.analysis.ja.dict.UserDictionary.open(new StringReader(jaDictionary));
            this.korean = new KoreanTokenizer(TokenStream.DEFAULT_TOKEN_ATTRIBUTE_FACTORY, ko,
                    KoreanTokenizer.DecompoundMode.NONE, false, true);
            this.japanese = new JapaneseTokenizer(ja, true, JapaneseTokenizer.Mode.NORMAL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The candidates of a text, each distinct key once (the first surface). */
    public List<Candidate> extract(Language lang, String text) {
        List<int[]> runs = switch (lang) {
            case EN -> english(text);
            case KO -> korean(text);
            case JA -> japanese(text);
        };
        Map<String, Candidate> out = new LinkedHashMap<>();
        for (int[] run : runs) {
            // run: token start/end offsets interleaved, and per token whether it may start (bit 1) or end (bit 2) a term,
            // or be a term of one character (bit 4)
            int n = run.length / 3;
            for (int i = 0; i < n; i++) {
                if ((run[3 * i + 2] & 1) == 0) {
                    continue;
                }
                for (int j = i; j < n && j < i + MAX_TOKENS; j++) {
                    if ((run[3 * j + 2] & 2) == 0) {
                        continue;
                    }
                    String surface = text.substring(run[3 * i], run[3 * j + 1]);
                    String key = key(lang, surface);
                    boolean single = j == i && (run[3 * i + 2] & SINGLE) != 0;
                    if ((key.length() >= 2 || single) && key.chars().anyMatch(Character::isLetter)) {
                        String reading = lang == Language.JA ? reading(run, i, j) : null;
                        out.putIfAbsent(key, new Candidate(TextNormalizer.clean(surface), key, j - i + 1, run[3 * i],
                                run[3 * j + 1], reading));
                    }
                }
            }
        }
        return new ArrayList<>(out.values());
    }

    /** The reading of tokens i to j of a Japanese run, or null when one of them has none. */
    private String reading(int[] run, int i, int j) {
        StringBuilder sb = new StringBuilder();
        for (int k = i; k <= j; k++) {
            String r = readings.get(run[3 * k]);
            if (r == null) {
                return null;
            }
            sb.append(r);
        }
        return sb.toString();
    }

    /** The key a candidate is counted under. */
    public static String key(Language lang, String surface) {
        if (lang == Language.EN) {
            String k = englishKey(surface);
            // a name of two words in either order is one name (Taro Kono, Kono Taro): newsrooms differ
            String[] words = surface.trim().split("\\s+");
            if (words.length == 2 && capitalized(words[0]) && capitalized(words[1]) && !k.equals(k.toUpperCase(Locale.ROOT))) {
                String swapped = englishKey(words[1] + " " + words[0]);
                return swapped.compareTo(k) < 0 ? swapped : k;
            }
            return k;
        }
        return TextNormalizer.compactKey(surface, true);
    }

    private static String englishKey(String surface) {
        String k = SPACES.matcher(POSSESSIVE.matcher(TextNormalizer.fold(surface, false)).replaceAll("")).replaceAll(" ").trim();
        // acronyms keep their case (US is not us); other words compare in lower case
        return k.equals(k.toUpperCase(Locale.ROOT)) && k.length() <= 8 ? k : k.toLowerCase(Locale.ROOT);
    }

    /**
     * Noun phrases: runs of adjectives, nouns and proper nouns ending in a noun, with "of" or "and" inside a run
     * of proper nouns (General Security of Military Information Agreement). A run does not start with an
     * adjective-like quantifier (such, other, many) and ends with a noun.
     */
    private List<int[]> english(String text) {
        // the models learnt straight quotes: curly ones (‘white list’) are swapped one for one, so offsets hold
        String plain = text.replace('‘', '\'').replace('’', '\'').replace('“', '"').replace('”', '"');
        Span[] split = tokenizer.tokenizePos(plain);
        // hyphenated words are one token again before tagging (Moon Jae-in, intelligence-sharing): split, the
        // tagger reads "Jae - in met" as a noun phrase
        List<Span> merged = new ArrayList<>();
        for (int i = 0; i < split.length; i++) {
            int start = split[i].getStart();
            int end = split[i].getEnd();
            while (i + 2 < split.length && split[i + 1].getStart() == end && split[i + 1].getEnd() == end + 1
                    && plain.charAt(end) == '-' && split[i + 2].getStart() == end + 1 && Character.isLetterOrDigit(plain.charAt(end + 1))) {
                end = split[i + 2].getEnd();
                i += 2;
            }
            merged.add(new Span(start, end));
        }
        Span[] spans = merged.toArray(new Span[0]);
        String[] tokens = Span.spansToStrings(spans, plain);
        // the tagger calls a word with a clitic PROPN+PART (Korea's): the word's tag is what counts
        String[] tags = tagger.tag(tokens);
        for (int i = 0; i < tags.length; i++) {
            int plus = tags[i].indexOf('+');
            if (plus > 0) {
                tags[i] = tags[i].substring(0, plus);
            }
        }
        List<int[]> runs = new ArrayList<>();
        List<Integer> cur = new ArrayList<>();
        for (int i = 0; i <= tokens.length; i++) {
            boolean in = false;
            if (i < tokens.length) {
                String t = tags[i];
                boolean noun = t.equals("NOUN") || t.equals("PROPN");
                // "of", "and" or "for" inside a capitalized name: Ministry of Foreign Affairs, Foundation for
                // Defense of Democracies (the tagger does not always call each word a proper noun)
                boolean join = (tokens[i].equals("of") || tokens[i].equals("and") || tokens[i].equals("for") || tokens[i].equals("-"))
                        && !cur.isEmpty() && capitalized(tokens[cur.get(cur.size() - 1)])
                        && i + 1 < tokens.length && capitalized(tokens[i + 1]);
                in = noun || t.equals("ADJ") || join || (t.equals("NUM") && !cur.isEmpty());
                if (tokens[i].equals("'s") || tokens[i].equals("’s")) {
                    in = false;
                }
            }
            // a possessive ends its noun phrase: Seoul’s decision is two (the tokenizer leaves a curly ’s on the word)
            boolean possessive = in && tokens[i].length() > 2 && (tokens[i].endsWith("’s") || tokens[i].endsWith("'s"));
            if (in) {
                cur.add(i);
            }
            if ((!in || possessive) && !cur.isEmpty()) {
                int[] run = new int[cur.size() * 3];
                for (int k = 0; k < cur.size(); k++) {
                    int ti = cur.get(k);
                    String word = tokens[ti].toLowerCase(Locale.ROOT);
                    boolean stop = EDGE_STOP.contains(word);
                    boolean noun = tags[ti].equals("NOUN") || tags[ti].equals("PROPN");
                    boolean glue = word.equals("of") || word.equals("and") || word.equals("for") || word.equals("-");
                    run[3 * k] = spans[ti].getStart();
                    int end = spans[ti].getEnd();
                    if (end - spans[ti].getStart() > 2 && (text.startsWith("’s", end - 2) || text.startsWith("'s", end - 2))) {
                        end -= 2;
                    }
                    run[3 * k + 1] = end;
                    // English noun phrases end in their head: "export" of "export controls" is no term, but a
                    // title before a name is ("Chief Cabinet Secretary" of "Chief Cabinet Secretary Yoshihide Suga")
                    // (or "chief cabinet secretary" before a name, as some newsrooms write titles)
                    // but a nationality before a noun is its modifier: "South Korean" of "South Korean Defence Minister"
                    // and a name before "and" may be one of two ("Seoul" of "Seoul and Tokyo")
                    boolean head = k == cur.size() - 1 || ((capitalized(tokens[cur.get(k + 1)])
                            || roman(tokens[cur.get(k + 1)]) || tokens[cur.get(k + 1)].equals("and"))
                            && !DEMONYM.matcher(word).matches());
                    // a Roman numeral after a name ends it: World War II
                    boolean numeral = roman(tokens[ti]) && k > 0 && capitalized(tokens[cur.get(k - 1)]);
                    run[3 * k + 2] = (!stop && !glue && !tags[ti].equals("NUM") ? 1 : 0)
                            | ((noun || numeral) && !stop && head ? 2 : 0);
                }
                runs.add(run);
                cur.clear();
            }
        }
        return runs;
    }

    /** Nationalities, which modify the noun after them. */
    private static final java.util.regex.Pattern DEMONYM = java.util.regex.Pattern.compile(
            "(?:korean|japanese|american|chinese|russian|british|european|asian|german|french|indian|australian|canadian)s?");
    private static final java.util.regex.Pattern ROMAN = java.util.regex.Pattern.compile("(?:II|III|IV|VI|VII|VIII|IX|XI|XII)");

    /** Whether the word is a Roman numeral from II to XII (not I, V or X, which are also words or letters). */
    static boolean roman(String word) {
        return ROMAN.matcher(word).matches();
    }

    private static boolean capitalized(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
    }

    /** Nouns a Korean term does not start or end with: when, this, around, related, side, between. */
    private static final Set<String> KO_EDGE_STOP = Set.of("당시", "이번", "지난", "지난해", "올해", "내년", "최근", "현재",
            "이날", "당일", "이후", "이전", "직전", "직후", "전후", "관련", "대해", "등", "측", "간", "중", "후", "전", "내",
            "자체", "양국", "양측", "우리", "각각", "모두", "일부", "대부분", "가운데");
    /** Korean words that start a term but do not end one: stationed in (주한 미국대사, not 해리 해리스 주한). */
    private static final Set<String> KO_NO_END = Set.of("주한", "주일", "주미", "주중", "주러", "전임", "신임", "현직", "전직");

    /**
     * Korean runs of words (eojeol, the units between spaces) that are nouns up to their particles: 지소미아를
     * gives 지소미아, 한일 관계가 gives 한일 관계, 외무상 stays one word whatever Nori splits it into (외 무상). A
     * run ends after a word with anything else than a noun after its nouns (a particle, an ending, 하다). A term
     * may start at a word and end at a word that ends in a noun, a name or Latin (not at 제2차 or 한일 alone),
     * never inside a word (수출 of 수출규제); a word such as 당시 (at the time) ends the run.
     */
    private List<int[]> korean(String text) {
        List<int[]> runs = new ArrayList<>();
        List<int[]> cur = new ArrayList<>();
        try {
            korean.setReader(new StringReader(text));
            OffsetAttribute off = korean.addAttribute(OffsetAttribute.class);
            var pos = korean.addAttribute(org.apache.lucene.analysis.ko.tokenattributes.PartOfSpeechAttribute.class);
            korean.reset();
            int lastEnd = -1;
            // the word being read: where its nouns start and end, whether it has a content noun, whether its
            // last noun may end a term, how many morphemes, whether something else followed its nouns
            int wordStart = -1;
            int nounEnd = -1;
            boolean content = false;
            boolean ends = false;
            int morphemes = 0;
            boolean closed = false;
            while (true) {
                boolean more = korean.incrementToken();
                int start = more ? off.startOffset() : text.length();
                String gap = lastEnd < 0 ? "" : text.substring(lastEnd, start);
                boolean sameWord = more && lastEnd >= 0 && (gap.isEmpty() || gap.equals("-"));
                if (!sameWord && wordStart >= 0) {
                    // the word is over: add it to the run, or end the run
                    boolean noun = nounEnd > wordStart && (content || morphemes >= 2)
                            && !Character.isDigit(text.charAt(wordStart));
                    boolean stop = noun && KO_EDGE_STOP.contains(text.substring(wordStart, nounEnd));
                    if (stop) {
                        flush(cur, runs);
                    } else if (noun) {
                        boolean noEnd = KO_NO_END.contains(text.substring(wordStart, nounEnd));
                        cur.add(new int[] {wordStart, nounEnd, 1 | (ends && !noEnd ? 2 : 0)});
                    }
                    boolean spaceNext = more && gap.chars().allMatch(Character::isWhitespace);
                    if (!noun || stop || closed || !spaceNext) {
                        flush(cur, runs);
                    }
                    wordStart = -1;
                }
                if (!more) {
                    break;
                }
                if (wordStart < 0) {
                    wordStart = start;
                    nounEnd = -1;
                    content = false;
                    ends = false;
                    morphemes = 0;
                    closed = false;
                }
                POS.Tag tag = pos.getLeftPOS();
                // the plural 들 (피해자들) is no part of the term
                boolean nominal = pos.getRightPOS() == tag && NOMINAL.contains(tag)
                        && !(tag == POS.Tag.XSN && text.startsWith("들", off.startOffset()));
                if (!closed && nominal && (nounEnd < 0 || nounEnd == start || text.charAt(nounEnd) == '-')) {
                    nounEnd = off.endOffset();
                    content |= tag == POS.Tag.NNG || tag == POS.Tag.NNP || tag == POS.Tag.SL || tag == POS.Tag.SH;
                    ends = tag == POS.Tag.NNG || tag == POS.Tag.NNP || tag == POS.Tag.SL || tag == POS.Tag.SH
                            || tag == POS.Tag.XSN;
                    morphemes++;
                } else {
                    closed = true;
                }
                lastEnd = off.endOffset();
            }
            korean.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(korean);
        }
        flush(cur, runs);
        return runs;
    }

    /** Korean morphemes that make up a noun word: nouns, names, Latin, Hanja, numbers, counters, prefixes. */
    private static final Set<POS.Tag> NOMINAL = java.util.EnumSet.of(POS.Tag.NNG, POS.Tag.NNP, POS.Tag.NNB,
            POS.Tag.NNBC, POS.Tag.NR, POS.Tag.SL, POS.Tag.SH, POS.Tag.SN, POS.Tag.MM, POS.Tag.XPN, POS.Tag.XSN);

    /** Runs of nouns (名詞, but for pronouns, dependent nouns, suffixes and numbers), katakana and Latin words. */
    private List<int[]> japanese(String text) {
        List<int[]> runs = new ArrayList<>();
        List<int[]> cur = new ArrayList<>();
        try {
            japanese.setReader(new StringReader(text));
            OffsetAttribute off = japanese.addAttribute(OffsetAttribute.class);
            var pos = japanese.addAttribute(org.apache.lucene.analysis.ja.tokenattributes.PartOfSpeechAttribute.class);
            var reading = japanese.addAttribute(org.apache.lucene.analysis.ja.tokenattributes.ReadingAttribute.class);
            readings.clear();
            japanese.reset();
            int lastEnd = -1;
            String lastPos = "";
            String lastWord = "";
            while (japanese.incrementToken()) {
                String p = pos.getPartOfSpeech() == null ? "" : pos.getPartOfSpeech();
                // the termbase's own terms come from the user dictionary as カスタム名詞
                String word = text.substring(off.startOffset(), off.endOffset());
                // katakana reads as written; a word the dictionary does not know has no reading
                String read = reading.getReading() != null ? reading.getReading()
                        : word.chars().allMatch(c -> katakana((char) c)) ? word : null;
                if (read != null) {
                    readings.put(off.startOffset(), read);
                }
                boolean adjacentToLast = lastEnd == off.startOffset();
                // 第2次世界大戦: an ordinal prefix, its number and counter lead into the run
                boolean ordinal = p.startsWith("接頭詞-数接続");
                boolean number = p.startsWith("名詞-数") && adjacentToLast
                        && (lastPos.startsWith("接頭詞-数接続") || lastPos.startsWith("名詞-固有名詞-人名"));
                boolean noun = (p.startsWith("名詞") && !p.contains("代名詞") && !p.contains("非自立") && !p.contains("数")
                        && !p.contains("副詞可能")) || p.equals("カスタム名詞");
                // a suffix, but not 中 or 後 (during, after) that make an adverb of the run (世界大戦中, 破棄後)
                boolean suffix = p.startsWith("名詞-接尾") && !p.contains("副詞可能");
                boolean counter = p.startsWith("名詞-接尾-助数詞") && lastPos.startsWith("名詞-数");
                // a one-character proper noun stands alone as a name (菅, 文): bit 4
                // a noun inside a run ends a term only when it is a name, a termbase term or katakana (菅 of 菅官房長官,
                // not 輸出 of 輸出管理); the last noun of a run always may
                boolean name = p.startsWith("名詞-固有名詞") || p.equals("カスタム名詞")
                        || text.substring(off.startOffset(), off.endOffset()).chars().allMatch(c -> katakana((char) c));
                // a country of one character after another (米韓 of 日米韓) does not start a term
                boolean countryAfterCountry = p.startsWith("名詞-固有名詞-地域-国") && word.length() == 1
                        && adjacentToLast && lastPos.startsWith("名詞-固有名詞-地域-国") && lastWord.length() == 1;
                // nor does a given name after a family name (晋三 of 安倍晋三), which is no name of one character
                boolean givenName = p.startsWith("名詞-固有名詞-人名-名") && adjacentToLast
                        && lastPos.startsWith("名詞-固有名詞-人名");
                int flags = ordinal ? 1 : number ? (lastPos.startsWith("名詞-固有名詞-人名") ? 2 | HEAD : 0)
                        : counter ? 0 : suffix ? 2 | HEAD
                        : name ? (countryAfterCountry || givenName ? 2 | HEAD : 3 | HEAD | SINGLE)
                        : 1 | HEAD;
                // katakana names run on across a middle dot (テレンス・マツオ, ハリー・ハリス)
                boolean adjacent = lastEnd == off.startOffset() || (lastEnd > 0 && off.startOffset() == lastEnd + 1
                        && text.charAt(lastEnd) == '・' && katakana(text.charAt(lastEnd - 1)) && katakana(text.charAt(lastEnd + 1)));
                // one kanji Kuromoji does not call a noun, right after a name, finishes the name: 偉 of 菅義偉
                // (read as an adjective), so the name may end there and the title after it still joins
                boolean nameKanji = !noun && !suffix && word.length() == 1 && Character.UnicodeScript.of(word.charAt(0))
                        == Character.UnicodeScript.HAN && adjacentToLast && lastPos.startsWith("名詞-固有名詞-人名")
                        && !cur.isEmpty();
                if (nameKanji) {
                    flags = 2 | HEAD;
                }
                boolean joins = noun || ((suffix || number || counter || nameKanji) && !cur.isEmpty());
                if ((joins || ordinal) && (cur.isEmpty() || adjacent)) {
                    cur.add(new int[] {off.startOffset(), off.endOffset(), flags});
                } else {
                    flush(cur, runs);
                    if ((noun && !suffix) || ordinal) {
                        cur.add(new int[] {off.startOffset(), off.endOffset(), flags});
                    }
                }
                lastEnd = off.endOffset();
                lastPos = p;
                lastWord = word;
            }
            japanese.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            closeQuietly(japanese);
        }
        flush(cur, runs);
        return runs;
    }

    private static boolean katakana(char c) {
        return c >= '\u30A1' && c <= '\u30FA' || c == 'ー';
    }

    private static void flush(List<int[]> cur, List<int[]> runs) {
        if (cur.isEmpty()) {
            return;
        }
        int[] run = new int[cur.size() * 3];
        for (int k = 0; k < cur.size(); k++) {
            int flags = cur.get(k)[2];
            run[3 * k] = cur.get(k)[0];
            run[3 * k + 1] = cur.get(k)[1];
            run[3 * k + 2] = (flags & HEAD) != 0 && k == cur.size() - 1 ? flags | 2 : flags;
        }
        runs.add(run);
        cur.clear();
    }

    private static void closeQuietly(Tokenizer t) {
        try {
            t.close();
        } catch (IOException ignored) {
            // closing a tokenizer over a string does not fail
        }
    }
}
