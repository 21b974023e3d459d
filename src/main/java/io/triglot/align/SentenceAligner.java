package io.triglot.align;

import io.triglot.lang.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Aligns the sentences of a text and its translation by dynamic programming over 0-1, 1-0, 1-1, 1-2, 2-1
 * and 2-2 links. A link's cost is its prior, Gale and Church's length cost under a model calibrated for
 * the language pair, and its anchors: numbers, Latin-script tokens in Korean or Japanese text, glossary
 * concepts found on both sides, and question marks. Matching anchors lower the cost, anchors on one side
 * only raise it, so a merged translation of two sentences is linked 2-1 when it carries both sentences'
 * numbers and names.
 */
public final class SentenceAligner {
    /** Link types the aligner considers, with their prior probabilities. */
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}, {2, 2}};
    private static final double[] PRIOR = {0.89, 0.005, 0.005, 0.0445, 0.0445, 0.011};

    /** Anchor weights, in the same units (nats) as the length cost. */
    public record Weights(double numberMatch, double numberMiss, double latinMatch, double latinMiss,
                          double conceptMatch, double conceptMiss, double question) {
        public static final Weights DEFAULT = new Weights(1.5, 1.5, 1.5, 1.0, 0.75, 0.25, 1.0);
        public static final Weights NONE = new Weights(0, 0, 0, 0, 0, 0, 0);
    }

    private final Language sourceLang;
    private final Language targetLang;
    private final LengthModel model;
    private final Weights weights;
    private final Function<String, Set<String>> sourceConcepts;
    private final Function<String, Set<String>> targetConcepts;
    private final LexicalModel lexicon;
    private final double lexiconWeight;
    private final double[] priorCost = new double[PRIOR.length];
    private double nullLinkLengthCost = NULL_LINK_LENGTH_COST;

    /** Length cost of a 1-0 or 0-1 link: about that of an ordinary 1-1 link (nats). */
    public static final double NULL_LINK_LENGTH_COST = 1.0;

    /**
     * @param sourceConcepts glossary concept ids in a source sentence, or null
     * @param targetConcepts the same for target sentences, or null
     */
    public SentenceAligner(Language sourceLang, Language targetLang, LengthModel model, Weights weights,
                           Function<String, Set<String>> sourceConcepts, Function<String, Set<String>> targetConcepts) {
        this(sourceLang, targetLang, model, weights, sourceConcepts, targetConcepts, null, 0);
    }

    /**
     * @param lexicon       word translation model for the pair, or null
     * @param lexiconWeight weight of its cost against the length cost
     */
    public SentenceAligner(Language sourceLang, Language targetLang, LengthModel model, Weights weights,
                           Function<String, Set<String>> sourceConcepts, Function<String, Set<String>> targetConcepts,
                           LexicalModel lexicon, double lexiconWeight) {
        this.lexicon = lexicon;
        this.lexiconWeight = lexiconWeight;
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        this.model = model;
        this.weights = weights;
        this.sourceConcepts = sourceConcepts;
        this.targetConcepts = targetConcepts;
        for (int k = 0; k < PRIOR.length; k++) {
            priorCost[k] = -Math.log(PRIOR[k]);
        }
    }

    /** An aligner with the calibrated length model, default weights and no glossary. */
    public static SentenceAligner forPair(Language source, Language target) {
        return new SentenceAligner(source, target, LengthModel.forPair(source, target), Weights.DEFAULT, null, null);
    }

    /** Overrides {@link #NULL_LINK_LENGTH_COST} (for tuning). */
    public SentenceAligner withNullLinkLengthCost(double cost) {
        this.nullLinkLengthCost = cost;
        return this;
    }

    /**
     * Aligns two lists of sentences; links come in document order and cover every sentence once. Long texts
     * are searched in a band around the diagonal, widened until the best path stays clear of its edges.
     */
    public List<Link> align(List<String> source, List<String> target) {
        int half = Band.initialHalfWidth(source.size(), target.size());
        while (true) {
            Band band = new Band(source.size(), target.size(), half);
            List<Link> links = alignInBand(source, target, band);
            if (band.isFull() || !band.touchesEdge(links) || !band.mayWiden()) {
                return links;
            }
            half *= 2;
        }
    }

    private List<Link> alignInBand(List<String> source, List<String> target, Band band) {
        int n = source.size();
        int m = target.size();
        int[] ls = new int[n];
        int[] lt = new int[m];
        Anchors.Set4[] as = new Anchors.Set4[n];
        Anchors.Set4[] at = new Anchors.Set4[m];
        for (int i = 0; i < n; i++) {
            ls[i] = LengthModel.length(source.get(i));
            as[i] = Anchors.of(source.get(i), sourceLang, sourceConcepts);
        }
        for (int j = 0; j < m; j++) {
            lt[j] = LengthModel.length(target.get(j));
            at[j] = Anchors.of(target.get(j), targetLang, targetConcepts);
        }
        int[][] ws = new int[n][];
        int[][] wt = new int[m][];
        if (lexicon != null) {
            for (int i = 0; i < n; i++) {
                ws[i] = lexicon.sourceVocabulary().tokens(source.get(i));
            }
            for (int j = 0; j < m; j++) {
                wt[j] = lexicon.targetVocabulary().tokens(target.get(j));
            }
        }
        Features f = new Features(ls, lt, as, at, ws, wt);
        double[][] cost = new double[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            cost[i] = new double[band.width(i)];
            back[i] = new byte[band.width(i)];
            java.util.Arrays.fill(cost[i], Double.POSITIVE_INFINITY);
        }
        cost[0][band.index(0, 0)] = 0;
        for (int i = 0; i <= n; i++) {
            f.release(i - 3);
            for (int j = band.lo(i); j <= band.hi(i); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = Double.POSITIVE_INFINITY;
                int bestMove = -1;
                for (int k = 0; k < MOVES.length; k++) {
                    int di = MOVES[k][0];
                    int dj = MOVES[k][1];
                    int pi = i - di;
                    int pj = j - dj;
                    if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                        continue;
                    }
                    double prev = cost[pi][band.index(pi, pj)];
                    if (prev == Double.POSITIVE_INFINITY) {
                        continue;
                    }
                    double c = prev + priorCost[k] + linkCost(pi, di, pj, dj, f);
                    if (c < best) {
                        best = c;
                        bestMove = k;
                    }
                }
                cost[i][band.index(i, j)] = best;
                back[i][band.index(i, j)] = (byte) bestMove;
            }
        }
        List<Link> links = new ArrayList<>();
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int k = back[i][band.index(i, j)];
            int di = MOVES[k][0];
            int dj = MOVES[k][1];
            List<Integer> src = new ArrayList<>(di);
            List<Integer> tgt = new ArrayList<>(dj);
            for (int x = i - di; x < i; x++) {
                src.add(x);
            }
            for (int y = j - dj; y < j; y++) {
                tgt.add(y);
            }
            double evidence = linkCost(i - di, di, j - dj, dj, f);
            links.add(new Link(src, tgt, Math.min(1.0, Math.exp(-Math.max(0, evidence)))));
            i -= di;
            j -= dj;
        }
        Collections.reverse(links);
        return links;
    }

    /** What the cost of a link is computed from, per sentence, with word evidence memoized per sentence pair. */
    private final class Features {
        final int[] ls;
        final int[] lt;
        final Anchors.Set4[] as;
        final Anchors.Set4[] at;
        final int[][] ws;
        final int[][] wt;
        private final Anchors.Set4[] as2;
        private final Anchors.Set4[] at2;
        /** Word evidence per source row; the search only looks two rows back, so older rows are dropped. */
        private final java.util.Map<Integer, java.util.Map<Integer, double[]>> evidence = new java.util.HashMap<>();

        Features(int[] ls, int[] lt, Anchors.Set4[] as, Anchors.Set4[] at, int[][] ws, int[][] wt) {
            this.ls = ls;
            this.lt = lt;
            this.as = as;
            this.at = at;
            this.ws = ws;
            this.wt = wt;
            this.as2 = new Anchors.Set4[as.length];
            this.at2 = new Anchors.Set4[at.length];
        }

        /** Anchors of source sentences i and i+1 together, computed once. */
        Anchors.Set4 sourcePair(int i) {
            if (as2[i] == null) {
                as2[i] = as[i].union(as[i + 1]);
            }
            return as2[i];
        }

        Anchors.Set4 targetPair(int j) {
            if (at2[j] == null) {
                at2[j] = at[j].union(at[j + 1]);
            }
            return at2[j];
        }

        double[] evidence(int i, int j) {
            return evidence.computeIfAbsent(i, r -> new java.util.HashMap<>())
                    .computeIfAbsent(j, k -> lexicon.evidence(ws[i], wt[j]));
        }

        /** Forgets evidence of rows the search will not visit again. */
        void release(int row) {
            evidence.remove(row);
        }
    }

    /** Length, anchor and lexical cost of linking source {@code i..i+di-1} with target {@code j..j+dj-1}. */
    private double linkCost(int i, int di, int j, int dj, Features f) {
        int s = 0;
        Anchors.Set4 a = Anchors.Set4.EMPTY;
        for (int x = i; x < i + di; x++) {
            s += f.ls[x];
        }
        a = di == 0 ? a : di == 1 ? f.as[i] : f.sourcePair(i);
        int t = 0;
        Anchors.Set4 b = Anchors.Set4.EMPTY;
        for (int y = j; y < j + dj; y++) {
            t += f.lt[y];
        }
        b = dj == 0 ? b : dj == 1 ? f.at[j] : f.targetPair(j);
        // A sentence left untranslated has no length to compare: Gale and Church's δ would charge it as a
        // translation of length zero, which always loses to gluing it onto a neighbour (a false 2-1).
        double c = (di == 0 || dj == 0 ? nullLinkLengthCost : model.cost(s, t)) + anchorCost(a, b);
        if (lexicon != null && dj > 0) {
            int words = 0;
            for (int x = i; x < i + di; x++) {
                words += f.ws[x].length;
            }
            double lex = 0;
            for (int y = j; y < j + dj; y++) {
                int[] fs = f.wt[y];
                double[] e0 = di > 0 ? f.evidence(i, y) : null;
                double[] e1 = di > 1 ? f.evidence(i + 1, y) : null;
                for (int k = 0; k < fs.length; k++) {
                    double ev = (e0 == null ? 0 : e0[k]) + (e1 == null ? 0 : e1[k]);
                    lex += lexicon.wordCost(fs[k], ev, words);
                }
            }
            c += lexiconWeight * lex;
        }
        return c;
    }

    private double anchorCost(Anchors.Set4 a, Anchors.Set4 b) {
        double c = 0;
        int numMatch = intersection(a.numbers(), b.numbers());
        c -= weights.numberMatch() * numMatch;
        c += weights.numberMiss() * (a.numbers().size() + b.numbers().size() - 2 * numMatch);
        // Latin tokens: those of the Korean/Japanese side should be found among the English side's words
        Set<String> cjkLatin = sourceLang == Language.EN ? b.latin() : a.latin();
        Set<String> enWords = sourceLang == Language.EN ? a.latin() : b.latin();
        if (sourceLang != targetLang) {
            int latMatch = intersection(cjkLatin, enWords);
            c -= weights.latinMatch() * latMatch;
            c += weights.latinMiss() * (cjkLatin.size() - latMatch);
        }
        int conMatch = intersection(a.concepts(), b.concepts());
        c -= weights.conceptMatch() * conMatch;
        c += weights.conceptMiss() * (a.concepts().size() + b.concepts().size() - 2 * conMatch);
        if (a.question() != b.question()) {
            c += weights.question();
        }
        return c;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> small = a.size() <= b.size() ? a : b;
        Set<String> big = small == a ? b : a;
        int n = 0;
        for (String x : small) {
            if (big.contains(x)) {
                n++;
            }
        }
        return n;
    }

    /**
     * The cells the search visits: all of them for texts of ordinary length, else a band of {@code half} cells
     * either side of the diagonal from (0, 0) to (n, m), so memory and time stay linear in the text length.
     */
    static final class Band {
        private static final long FULL_LIMIT = 4_000_000L;
        private static final int LONG_TEXT_HALF_WIDTH = 100;
        /**
         * Widening stops when the next band would exceed this many cells: a path that still touches the edge
         * is as good as repetitive text allows, and time stays linear in the length of the text.
         */
        private static final long MAX_CELLS = 40_000_000L;
        private final int n;
        private final int m;
        private final int half;

        Band(int n, int m, int half) {
            this.n = n;
            this.m = m;
            this.half = half;
        }

        static int initialHalfWidth(int n, int m) {
            return (long) (n + 1) * (m + 1) <= FULL_LIMIT ? Math.max(n, m) + 1 : LONG_TEXT_HALF_WIDTH;
        }

        boolean isFull() {
            return half > Math.max(n, m);
        }

        boolean mayWiden() {
            return (long) (n + 1) * (4L * half + 1) <= MAX_CELLS;
        }

        /** Whether the path came within a few cells of the band's edge (so a wider band might do better). */
        boolean touchesEdge(List<Link> links) {
            int i = 0;
            int j = 0;
            for (Link l : links) {
                i += l.source().size();
                j += l.target().size();
                int c = centre(i);
                if ((j - c >= half - 3 && hi(i) < m) || (c - j >= half - 3 && lo(i) > 0)) {
                    return true;
                }
            }
            return false;
        }

        private int centre(int i) {
            return n == 0 ? 0 : (int) Math.round((double) i * m / n);
        }

        int lo(int i) {
            return Math.max(0, centre(i) - half);
        }

        int hi(int i) {
            return Math.min(m, centre(i) + half);
        }

        int width(int i) {
            return hi(i) - lo(i) + 1;
        }

        boolean contains(int i, int j) {
            return j >= lo(i) && j <= hi(i);
        }

        int index(int i, int j) {
            return j - lo(i);
        }
    }

}
