package io.triglot.index;

import io.triglot.lang.Language;
import io.triglot.lang.TermAnalyzers;
import io.triglot.lang.TextNormalizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Fuzzy matches from the memory, as CAT tools score them. Lucene finds candidates by the query's analyzed
 * words (and character bigrams in Korean and Japanese); each candidate's source is then compared with the
 * query token by token, in the language's own tokens (words; Nori and Kuromoji morphemes):
 *
 * <pre>score = 100 × (1 − token edit distance / longer token count) − penalties</pre>
 *
 * Tokens are compared case- and width-folded; what folding hid is then charged as a penalty of 1 point
 * each: a difference in case, in width (full- or half-width forms), in punctuation. Numbers that differ are
 * charged 2 points on top of the edit, so they are never missed. <b>100 means</b> the same words, numbers,
 * case, width and punctuation: the memory's source equals the query up to white space.
 */
public final class FuzzyMatcher implements AutoCloseable {
    /** Candidates fetched from Lucene before scoring. */
    public static final int CANDIDATES = 50;

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = TranslationMemory.analyzer();
    private final TermAnalyzers terms;
    private final Map<Language, Boolean> unitsWith = new java.util.concurrent.ConcurrentHashMap<>();

    /** A scored match with what lowered its score. */
    public record Hit(int score, List<String> penalties, String source, String target, String targetLang,
                      String tuid, List<String> documents, String diff) {
    }

    /** Opens the index at {@code dir} for matching. */
    public FuzzyMatcher(Path dir) {
        try {
            this.directory = FSDirectory.open(TermIndex.luceneDir(dir));
            this.reader = DirectoryReader.open(directory);
            this.searcher = new IndexSearcher(reader);
            this.terms = TermIndex.analyzersOrPlain(dir);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            throw new IndexException("no index at " + dir + " (run 'triglot build')");
        } catch (IOException e) {
            throw new IndexException("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The best matches of a sentence, at or above {@code min}, best first. */
    public List<Hit> match(String sentence, Language from, Language to, int min, int top) {
        try {
            List<String> sequence = analyzed(TranslationMemory.analyzedField(from), sentence, false);
            List<String> bigrams = from == Language.EN ? List.of() : analyzed(TranslationMemory.ngramField(from), sentence, true);
            if (sequence.isEmpty() && bigrams.isEmpty()) {
                return List.of();
            }
            List<Token> query = tokens(from, sentence);
            int n = Math.max(1, query.size());
            String queryPunctuation = punctuation(sentence);
            Map<String, Integer> ids = new HashMap<>();
            int[] qa = ids(query, ids);
            java.util.PriorityQueue<Integer> best = new java.util.PriorityQueue<>(); // the top scores so far
            Map<Integer, Hit> hits = new HashMap<>();
            Set<Integer> seen = new java.util.HashSet<>();
            // first the anchors (the rarest word of each part of the sentence); a unit that holds none of them
            // differs from the query in at least `covered` tokens, so it scores at most 100·n/(n+covered): if
            // the hits found beat that, no other unit can; otherwise all the words are searched
            List<String> anchors = anchors(TranslationMemory.analyzedField(from), sequence);
            Set<String> all = new LinkedHashSet<>(sequence);
            boolean complete = anchors.size() == all.size();
            int covered = (int) sequence.stream().filter(anchors::contains).count();
            for (int round = 0; round < 2; round++) {
                Query q = candidateQuery(from, to, complete ? all : anchors, complete ? bigrams : List.of());
                for (ScoreDoc sd : searcher.search(q, CANDIDATES).scoreDocs) {
                    if (!seen.add(sd.doc)) {
                        continue;
                    }
                    Document d = searcher.storedFields().document(sd.doc);
                    String source = d.get(TranslationMemory.textField(from));
                    String target = d.get(TranslationMemory.textField(to));
                    if (source == null || target == null) {
                        continue;
                    }
                    // penalties only subtract: a candidate whose edit-distance score cannot reach the threshold
                    // (min, or the score of the current top-th hit) is dropped before it is scored in full
                    int threshold = threshold(min, top, best);
                    List<Token> cand = tokens(from, source);
                    int[] ca = ids(cand, ids);
                    int longer = Math.max(1, Math.max(qa.length, ca.length));
                    int maxDist = (int) Math.floor(longer * (100 - threshold) / 100.0);
                    if (boundedDistance(qa, ca, maxDist) > maxDist) {
                        continue;
                    }
                    Hit h = score(query, queryPunctuation, source, cand, false);
                    if (h.score() >= threshold) {
                        best.add(h.score());
                        if (best.size() > top) {
                            best.poll();
                        }
                    }
                    if (h.score() >= min) {
                        hits.put(sd.doc, new Hit(h.score(), h.penalties(), source, target,
                                d.get(TranslationMemory.textField(to) + "_tag"), d.get(TranslationMemory.F_TUID),
                                List.of(d.getValues(TranslationMemory.F_DOC)), h.diff()));
                    }
                }
                if (complete || threshold(min, top, best) > outsideBound(n, covered)) {
                    break;
                }
                complete = true;
            }
            List<Hit> ranked = new ArrayList<>(hits.values());
            ranked.sort(Comparator.comparingInt(Hit::score).reversed().thenComparing(Hit::tuid));
            List<Hit> shown = new ArrayList<>();
            for (Hit h : ranked.subList(0, Math.min(top, ranked.size()))) {
                String diff = score(query, queryPunctuation, h.source(), tokens(from, h.source()), true).diff();
                shown.add(new Hit(h.score(), h.penalties(), h.source(), h.target(), h.targetLang(), h.tuid(), h.documents(), diff));
            }
            return shown;
        } catch (IOException e) {
            throw new IndexException("cannot search index: " + e.getMessage(), e);
        }
    }

    /** Parts of the query, each contributing its rarest word as an anchor. */
    static final int ANCHORS = 8;

    /** The score a hit must reach: {@code min}, or the {@code top}-th best score so far once there are that many. */
    private static int threshold(int min, int top, java.util.PriorityQueue<Integer> best) {
        return best.size() >= top ? Math.max(min, best.peek()) : min;
    }

    /** The highest score a unit of a query of {@code n} tokens can reach without any of {@code covered} of its tokens. */
    static int outsideBound(int n, int covered) {
        return (int) Math.floor(100.0 * n / (n + covered));
    }

    /** The rarest word (fewest units hold it) of each of {@link #ANCHORS} equal parts of the analyzed query. */
    private List<String> anchors(String field, List<String> sequence) throws IOException {
        Map<String, Integer> docFreq = new HashMap<>();
        for (String t : sequence) {
            if (!docFreq.containsKey(t)) {
                docFreq.put(t, reader.docFreq(new Term(field, t)));
            }
        }
        List<String> out = new ArrayList<>();
        int parts = Math.min(ANCHORS, sequence.size());
        for (int p = 0; p < parts; p++) {
            String rarest = null;
            for (String t : sequence.subList(p * sequence.size() / parts, (p + 1) * sequence.size() / parts)) {
                if (!out.contains(t) && (rarest == null || docFreq.get(t) < docFreq.get(rarest)
                        || docFreq.get(t).equals(docFreq.get(rarest)) && t.compareTo(rarest) < 0)) {
                    rarest = t;
                }
            }
            if (rarest != null) {
                out.add(rarest);
            }
        }
        return out;
    }

    /**
     * Units holding any of {@code words} (and, for Korean and Japanese, any of the bigrams at a lower weight),
     * ranked by BM25, with a text in the target language.
     */
    private Query candidateQuery(Language from, Language to, java.util.Collection<String> words, List<String> bigrams) {
        String field = TranslationMemory.analyzedField(from);
        BooleanQuery.Builder ranking = new BooleanQuery.Builder();
        for (String w : words) {
            ranking.add(new TermQuery(new Term(field, w)), BooleanClause.Occur.SHOULD);
        }
        for (String t : bigrams) {
            ranking.add(new BoostQuery(new TermQuery(new Term(TranslationMemory.ngramField(from), t)), 0.3f),
                    BooleanClause.Occur.SHOULD);
        }
        if (allUnitsHave(to)) {
            return ranking.build();
        }
        return new BooleanQuery.Builder().add(ranking.setMinimumNumberShouldMatch(1).build(), BooleanClause.Occur.MUST)
                .add(new TermQuery(new Term(TranslationMemory.F_LANGS, to.code())), BooleanClause.Occur.FILTER).build();
    }

    /** Whether every unit has a text in {@code lang} (then the language filter can be left out). */
    private boolean allUnitsHave(Language lang) {
        return unitsWith.computeIfAbsent(lang, l -> {
            try {
                return reader.docFreq(new Term(TranslationMemory.F_LANGS, l.code()))
                        == reader.docFreq(new Term(TermIndex.F_TYPE, TranslationMemory.TYPE_UNIT));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }

    /** The analyzed tokens of a text, in order ({@code distinct}: each once). */
    private List<String> analyzed(String field, String text, boolean distinct) throws IOException {
        java.util.Collection<String> out = distinct ? new LinkedHashSet<>() : new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(field, text)) {
            CharTermAttribute a = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(a.toString());
            }
            ts.end();
        }
        return new ArrayList<>(out);
    }

    /** A token as written and folded. */
    record Token(String raw, String folded, boolean number) {
    }

    /**
     * The language's own tokens, punctuation excluded: words, or Nori/Kuromoji morphemes with the glossary's
     * user dictionaries (the term analysis, so 지소미아 stays one token); each keeps its text as written (from
     * the offsets) and its case- and width-folded form.
     */
    List<Token> tokens(Language lang, String text) {
        List<Token> out = new ArrayList<>();
        int lastStart = -1;
        for (TermAnalyzers.Token t : terms.tokens(lang, text)) {
            if (t.start() == lastStart) {
                continue; // Nori's inflection parts share offsets
            }
            lastStart = t.start();
            String raw = text.substring(t.start(), Math.max(t.start(), t.end()));
            String folded = TextNormalizer.fold(raw, true);
            boolean number = folded.chars().anyMatch(Character::isDigit)
                    && folded.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',');
            out.add(new Token(raw, folded, number));
        }
        return out;
    }

    private static int[] ids(List<Token> tokens, Map<String, Integer> ids) {
        int[] out = new int[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = ids.computeIfAbsent(tokens.get(i).folded(), k -> ids.size());
        }
        return out;
    }

    /**
     * Token edit distance if it is at most {@code max}, else a value above {@code max}: only the diagonal band
     * of width 2·max+1 is computed, and the search stops when a whole row exceeds {@code max} (Ukkonen).
     */
    public static int boundedDistance(int[] a, int[] b, int max) {
        if (Math.abs(a.length - b.length) > max) {
            return max + 1;
        }
        int big = max + 1;
        int[] prev = new int[b.length + 1];
        int[] cur = new int[b.length + 1];
        for (int j = 0; j <= b.length; j++) {
            prev[j] = j <= max ? j : big;
        }
        for (int i = 1; i <= a.length; i++) {
            int lo = Math.max(1, i - max);
            int hi = Math.min(b.length, i + max);
            java.util.Arrays.fill(cur, big);
            cur[0] = i <= max ? i : big;
            int rowMin = cur[0];
            for (int j = lo; j <= hi; j++) {
                int v = Math.min(Math.min(prev[j] + 1, cur[j - 1] + 1), prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                cur[j] = Math.min(v, big);
                rowMin = Math.min(rowMin, cur[j]);
            }
            if (rowMin > max) {
                return big;
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length];
    }

    /** The full score of {@code source} against {@code query}, as {@link #match} computes it (for baselines). */
    public int score(String query, String source, Language lang) {
        return score(tokens(lang, query), punctuation(query), source, tokens(lang, source), false).score();
    }

    /** Case- and width-folded tokens, as the score compares them (for baselines). */
    public List<String> foldedTokens(Language lang, String text) {
        return tokens(lang, text).stream().map(Token::folded).toList();
    }

    /** Scores a candidate source against the query. */
    Hit score(List<Token> query, String queryPunctuation, String source, List<Token> cand, boolean withDiff) {
        int n = query.size();
        int m = cand.size();
        // folded tokens as ids (equal strings, equal ids) and one flat matrix: the inner loop compares ints
        Map<String, Integer> ids = new HashMap<>(2 * (n + m));
        int[] qa = ids(query, ids);
        int[] ca = ids(cand, ids);
        int w = m + 1;
        int[] d = new int[(n + 1) * w];
        for (int i = 0; i <= n; i++) {
            d[i * w] = i;
        }
        for (int j = 0; j <= m; j++) {
            d[j] = j;
        }
        for (int i = 1; i <= n; i++) {
            int qi = qa[i - 1];
            int row = i * w;
            int up = row - w;
            for (int j = 1; j <= m; j++) {
                int sub = qi == ca[j - 1] ? 0 : 1;
                d[row + j] = Math.min(Math.min(d[up + j] + 1, d[row + j - 1] + 1), d[up + j - 1] + sub);
            }
        }
        int longer = Math.max(1, Math.max(n, m));
        int score = (int) Math.floor(100.0 * (longer - d[n * w + m]) / longer);
        List<String> penalties = new ArrayList<>();
        StringBuilder diff = new StringBuilder();
        // walk back the edit path: the diff, and what folding hid on the matched tokens
        List<String> parts = new ArrayList<>();
        boolean caseDiff = false;
        boolean widthDiff = false;
        boolean numberDiff = false;
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            if (i > 0 && j > 0 && qa[i - 1] == ca[j - 1] && d[i * w + j] == d[(i - 1) * w + j - 1]) {
                Token q = query.get(i - 1);
                Token c = cand.get(j - 1);
                if (!q.raw().equals(c.raw())) {
                    if (q.raw().toLowerCase(Locale.ROOT).equals(c.raw().toLowerCase(Locale.ROOT))) {
                        caseDiff = true;
                    } else {
                        widthDiff = true;
                    }
                }
                if (withDiff) {
                    parts.add(c.raw());
                }
                i--;
                j--;
            } else if (i > 0 && j > 0 && d[i * w + j] == d[(i - 1) * w + j - 1] + 1) {
                numberDiff |= query.get(i - 1).number() || cand.get(j - 1).number();
                if (withDiff) {
                    parts.add("[-" + cand.get(j - 1).raw() + "-]{+" + query.get(i - 1).raw() + "+}");
                }
                i--;
                j--;
            } else if (j > 0 && d[i * w + j] == d[i * w + j - 1] + 1) {
                numberDiff |= cand.get(j - 1).number();
                if (withDiff) {
                    parts.add("[-" + cand.get(j - 1).raw() + "-]");
                }
                j--;
            } else {
                numberDiff |= query.get(i - 1).number();
                if (withDiff) {
                    parts.add("{+" + query.get(i - 1).raw() + "+}");
                }
                i--;
            }
        }
        for (int k = parts.size() - 1; k >= 0; k--) {
            diff.append(diff.length() == 0 ? "" : " ").append(parts.get(k));
        }
        if (numberDiff) {
            penalties.add("numbers differ");
            score -= 2;
        }
        if (caseDiff) {
            penalties.add("case");
            score -= 1;
        }
        if (widthDiff) {
            penalties.add("width");
            score -= 1;
        }
        if (!queryPunctuation.equals(punctuation(source))) {
            penalties.add("punctuation");
            score -= 1;
        }
        return new Hit(Math.max(0, score), penalties, source, null, null, null, List.of(), diff.toString());
    }

    private static String punctuation(String s) {
        StringBuilder sb = new StringBuilder();
        String f = TextNormalizer.fold(s, false);
        for (int k = 0; k < f.length(); k++) {
            char c = f.charAt(k);
            if (!Character.isLetterOrDigit(c) && !Character.isWhitespace(c)) {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
