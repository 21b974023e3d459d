package io.triglot.bench;

import io.triglot.index.Concordance;
import io.triglot.index.FuzzyMatcher;
import io.triglot.index.TermIndex;
import io.triglot.index.TermMatcher;
import io.triglot.index.TranslationMemory;
import io.triglot.io.TermbaseFiles;
import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;

/**
 * The translation-memory benchmark: a deterministic synthetic memory of N distinct three-language units
 * recombined from the NTREX-128 sentences (unit k joins sentence a with sentence b), indexed with the
 * production analyzers and document shape; in the same run, the same texts through the same analyzers
 * without indexing; then timed match, term lookup and concordance queries, and the share of match queries
 * whose best score equals an exhaustive scan's best score.
 */
public final class TmBenchmark {
    private final Consumer<String> progress;
    private final List<String> en = NtrexCorpus.sentences(Language.EN);
    private final List<String> ko = NtrexCorpus.sentences(Language.KO);
    private final List<String> ja = NtrexCorpus.sentences(Language.JA);

    /**
     * Units each timed pass is warmed up with, so that neither pays for compiling its code: on 2 cores the
     * JIT compilers take a few seconds of the CPU at the start of each pass, and 5,000 units were too few.
     */
    static final int WARM_UP_UNITS = 20_000;

    public TmBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    /** The k-th distinct ordered pair {a, b} of n sentences (a ≠ b): every a, then every offset to b. */
    static int[] pair(int k, int n) {
        int a = k % n;
        return new int[] {a, (a + 1 + (k / n) % (n - 1)) % n};
    }

    /** The first {@code n} units of the synthetic memory. */
    public List<TranslationUnit> units(int n) {
        List<TranslationUnit> out = new ArrayList<>(n);
        for (int k = 0; k < n; k++) {
            out.add(unit(k));
        }
        return out;
    }

    /** Unit k of the synthetic memory: sentences a and b joined, a different pair for every k. */
    public TranslationUnit unit(int k) {
        int[] p = pair(k, en.size());
        int a = p[0];
        int b = p[1];
        Map<String, String> t = new LinkedHashMap<>();
        t.put("en-US", en.get(a) + " " + en.get(b));
        t.put("ko-KR", ko.get(a) + " " + ko.get(b));
        t.put("ja-JP", ja.get(a) + ja.get(b));
        return new TranslationUnit("s" + k, t, List.of(new TranslationUnit.Prop("x-document", "synthetic-" + (k / 1000))));
    }

    /** Runs the benchmark and returns the figures under the names the README documents. */
    public Map<String, Object> run(int tus, int queries, int bruteQueries, int threads, Path work, Path glossary)
            throws Exception {
        if (tus > en.size() * (en.size() - 1)) {
            throw new IllegalArgumentException("at most " + en.size() * (en.size() - 1) + " distinct units");
        }
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        // the glossary first, as 'triglot build' does: its analyzers (Nori and Kuromoji with user dictionaries)
        // change what the JIT compiles for the tokenizers
        Path dir = work.resolve("tm-index");
        TermIndex.replace(dir, TermbaseFiles.readAll(List.of(glossary)).termbase(), List.of(glossary.toString()));
        Analyzer analyzer = TranslationMemory.analyzer();
        String[] fields = {"tm_en", "tm_ko", "tm_ja", "ng_ko", "ng_ja"};
        // analysis only: the same texts, fields and threads, tokens consumed and dropped
        java.util.function.IntConsumer analyze = k -> {
            TranslationUnit u = unit(k);
            String[] texts = {u.texts().get("en-US"), u.texts().get("ko-KR"), u.texts().get("ja-JP"),
                    u.texts().get("ko-KR"), u.texts().get("ja-JP")};
            for (int f = 0; f < fields.length; f++) {
                try (TokenStream ts = analyzer.tokenStream(fields[f], texts[f])) {
                    ts.reset();
                    while (ts.incrementToken()) {
                        // consume
                    }
                    ts.end();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        };
        // both passes warmed up before either is timed: the same first units, analyzed, then indexed into a
        // scratch index
        parallel(0, Math.min(tus, WARM_UP_UNITS), threads, analyze);
        Path scratch = work.resolve("warm-up-index");
        try (TranslationMemory.Importer imp = TranslationMemory.Importer.open(scratch, threads)) {
            addUnits(imp, 0, Math.min(tus, WARM_UP_UNITS));
            imp.commit();
        }
        io.triglot.io.Directories.deleteRecursively(scratch);
        // then the two passes interleaved, slice by slice over the same units: the JIT recompiles the tokenizers
        // now and then, and the machine's other load varies, so one pass timed after the other measured either
        // at a different moment (two runs differed by a quarter); interleaved, both see the same conditions
        long analysisNanos = 0;
        long indexNanos = 0;
        try (TranslationMemory.Importer imp = TranslationMemory.Importer.open(dir, threads)) {
            for (int slice = 0; slice < SLICES; slice++) {
                int from = (int) ((long) tus * slice / SLICES);
                int to = (int) ((long) tus * (slice + 1) / SLICES);
                long a = System.nanoTime();
                parallel(from, to, threads, analyze);
                long b = System.nanoTime();
                addUnits(imp, from, to);
                if (slice == SLICES - 1) {
                    imp.commit(); // the import's one commit (with the last flush) counts as indexing
                } else {
                    imp.await();
                }
                long c = System.nanoTime();
                analysisNanos += b - a;
                indexNanos += c - b;
                progress.accept(String.format("slice %d/%d: analysis %.1f s, indexing %.1f s", slice + 1, SLICES,
                        (b - a) / 1e9, (c - b) / 1e9));
            }
        }
        double analysisSeconds = analysisNanos / 1e9;
        double indexSeconds = indexNanos / 1e9;
        long indexBytes = io.triglot.io.Directories.size(dir);
        Random rnd = new Random(11);
        int[] picks = new int[queries];
        String[] matchQueries = new String[queries];
        for (int q = 0; q < queries; q++) {
            picks[q] = rnd.nextInt(tus);
            matchQueries[q] = dropOneWord(unit(picks[q]).texts().get("en-US"), rnd);
        }
        long[] match = new long[queries];
        long[] lookup = new long[queries];
        long[] concordance = new long[queries];
        int[] indexBest = new int[queries];
        try (FuzzyMatcher m = new FuzzyMatcher(dir); TermIndex ti = TermIndex.open(dir);
             Concordance c = new Concordance(dir)) {
            TermMatcher tm = new TermMatcher(ti);
            for (int q = 0; q < Math.min(200, queries); q++) { // warm-up
                m.match(matchQueries[q], Language.EN, Language.KO, 0, 1);
                tm.find(unit(picks[q]).texts().get("ko-KR"), TermMatcher.Options.lookup(null));
            }
            for (int q = 0; q < queries; q++) {
                TranslationUnit u = unit(picks[q]);
                long a = System.nanoTime();
                List<FuzzyMatcher.Hit> hits = m.match(matchQueries[q], Language.EN, Language.KO, 0, 1);
                long b = System.nanoTime();
                String lookupText = q % 3 == 0 ? u.texts().get("en-US") : q % 3 == 1 ? u.texts().get("ko-KR") : u.texts().get("ja-JP");
                tm.find(lookupText, TermMatcher.Options.lookup(null));
                long cTime = System.nanoTime();
                c.find(word(u.texts().get("en-US"), rnd), Language.EN, 40, 20);
                long e = System.nanoTime();
                match[q] = b - a;
                lookup[q] = cTime - b;
                concordance[q] = e - cTime;
                indexBest[q] = hits.isEmpty() ? -1 : hits.get(0).score();
            }
            progress.accept("queries done");
            long peakHeap = peakHeap(); // indexing and queries; the exhaustive scan's token arrays are not the product's
            int agree = 0;
            int bq = Math.min(bruteQueries, queries);
            // every unit's source tokens once, as ids, for the exhaustive scan
            Map<String, Integer> vocab = new java.util.concurrent.ConcurrentHashMap<>();
            int[][] unitTokens = new int[tus][];
            parallel(tus, threads, k -> unitTokens[k] = ids(m.foldedTokens(Language.EN, unit(k).texts().get("en-US")), vocab));
            for (int q = 0; q < bq; q++) {
                if (bruteBest(m, matchQueries[q], indexBest[q], unitTokens, vocab, threads) == indexBest[q]) {
                    agree++;
                }
            }
            progress.accept("brute-force scan done");
            LatencyStats ms = LatencyStats.ofNanos(match);
            LatencyStats ls = LatencyStats.ofNanos(lookup);
            LatencyStats cs = LatencyStats.ofNanos(concordance);
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("tus", tus);
            o.put("threads", threads);
            o.put("index_tus_per_s", Math.round(tus / indexSeconds));
            o.put("analysis_only_tus_per_s", Math.round(tus / analysisSeconds));
            o.put("index_vs_analysis", LatencyStats.round3(analysisSeconds / indexSeconds));
            o.put("index_bytes", indexBytes);
            o.put("peak_heap_bytes", peakHeap);
            o.put("lookup_p50_ms", LatencyStats.round3(ls.p50()));
            o.put("lookup_p95_ms", LatencyStats.round3(ls.p95()));
            o.put("match_p50_ms", LatencyStats.round3(ms.p50()));
            o.put("match_p95_ms", LatencyStats.round3(ms.p95()));
            o.put("match_p99_ms", LatencyStats.round3(ms.p99()));
            o.put("concordance_p95_ms", LatencyStats.round3(cs.p95()));
            o.put("top1_agreement", LatencyStats.round3((double) agree / bq));
            o.put("top1_queries", bq);
            o.put("queries", queries);
            return o;
        }
    }

    /** Slices the analysis-only and indexing passes are interleaved in. */
    static final int SLICES = 10;

    /** The import path of 'triglot index add': units replaced by tuid, analyzed and indexed on the importer's threads. */
    private void addUnits(TranslationMemory.Importer imp, int from, int to) {
        for (int k = from; k < to; k++) {
            imp.add(unit(k), "synthetic");
        }
    }

    /**
     * The best score over every unit, exactly, given the index's best score {@code atLeast} (-1 if it had no
     * hit): token edit distance bounds each unit's score from above (penalties only subtract), so the units
     * whose bound is below {@code atLeast} are left out by a banded distance, and every other unit is scored in
     * full. The unit the index found is among them, so a wrong index score shows as a disagreement.
     */
    private int bruteBest(FuzzyMatcher m, String query, int atLeast, int[][] unitTokens, Map<String, Integer> vocab,
                          int threads) throws Exception {
        int tus = unitTokens.length;
        int[] qi = ids(m.foldedTokens(Language.EN, query), vocab);
        int floor = Math.max(0, atLeast);
        java.util.concurrent.atomic.AtomicIntegerArray best = new java.util.concurrent.atomic.AtomicIntegerArray(1);
        best.set(0, -1);
        parallel(tus, threads, k -> {
            int[] ci = unitTokens[k];
            int longer = Math.max(1, Math.max(qi.length, ci.length));
            int maxDist = longer * (100 - floor) / 100;
            if (FuzzyMatcher.boundedDistance(qi, ci, maxDist) <= maxDist) {
                int s = m.score(query, unit(k).texts().get("en-US"), Language.EN);
                best.accumulateAndGet(0, s, Math::max);
            }
        });
        return best.get(0);
    }

    private static int[] ids(List<String> toks, Map<String, Integer> vocab) {
        int[] out = new int[toks.size()];
        for (int i = 0; i < out.length; i++) {
            // equal tokens must get equal ids; distinct tokens distinct ids (hash collisions are resolved by the map)
            out[i] = vocab.computeIfAbsent(toks.get(i), x -> NEXT_ID.getAndIncrement());
        }
        return out;
    }

    private static final java.util.concurrent.atomic.AtomicInteger NEXT_ID = new java.util.concurrent.atomic.AtomicInteger();

    private static String dropOneWord(String s, Random rnd) {
        String[] w = s.split(" ");
        if (w.length < 3) {
            return s;
        }
        int drop = rnd.nextInt(w.length);
        List<String> out = new ArrayList<>(Arrays.asList(w));
        out.remove(drop);
        return String.join(" ", out);
    }

    private static String word(String s, Random rnd) {
        List<String> words = new ArrayList<>();
        for (String w : s.split("[^\\p{L}]+")) {
            if (w.length() >= 5) {
                words.add(w);
            }
        }
        return words.isEmpty() ? "the" : words.get(rnd.nextInt(words.size()));
    }

    static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** Runs {@code body} for 0..n-1 on {@code threads} threads, in contiguous chunks. */
    private static void parallel(int n, int threads, java.util.function.IntConsumer body) throws Exception {
        parallel(0, n, threads, body);
    }

    /** Runs {@code body} for start..end-1 on {@code threads} threads, in contiguous chunks. */
    private static void parallel(int start, int end, int threads, java.util.function.IntConsumer body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> fs = new ArrayList<>();
            int n = end - start;
            int chunk = (n + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                int from = start + t * chunk;
                int to = Math.min(end, from + chunk);
                fs.add(pool.submit(() -> {
                    for (int k = from; k < to; k++) {
                        body.accept(k);
                    }
                }));
            }
            for (Future<?> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdown();
        }
    }
}
