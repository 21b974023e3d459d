package io.triglot.bench;

import io.triglot.index.TermIndex;
import io.triglot.io.TermbaseFiles;
import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import io.triglot.terms.TermCandidates;
import io.triglot.terms.TermExtraction;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Term extraction at scale: the synthetic memory of the translation-memory benchmark (N distinct
 * three-language units recombined from NTREX-128), extracted against the seed termbase; in the same run,
 * as the baseline, the candidates of the same texts alone (the same tokenizers, taggers and user
 * dictionaries on the same threads, without matching known terms, counting or linking). Runs alternate, after a warm-up of each;
 * medians are reported.
 */
public final class TermBenchmark {
    private final Consumer<String> progress;

    public TermBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    public Map<String, Object> run(int tus, int runs, int threads, Path work, Path glossary) throws Exception {
        List<TranslationUnit> units = new TmBenchmark(m -> { }).units(tus);
        Path dir = work.resolve("terms-index");
        TermIndex.replace(dir, TermbaseFiles.readAll(List.of(glossary)).termbase(), List.of(glossary.toString()));
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
        double[] full = new double[runs];
        double[] baseline = new double[runs];
        TermExtraction.Result last = null;
        try (TermIndex index = TermIndex.open(dir)) {
            List<TranslationUnit> warm = units.subList(0, Math.min(units.size(), 2_000));
            candidatesOnly(warm, threads, index);
            new TermExtraction(index, threads).run(warm, 2, 100);
            for (int r = 0; r < runs; r++) {
                progress.accept("run " + (r + 1) + "/" + runs + ": candidates alone");
                long t0 = System.nanoTime();
                candidatesOnly(units, threads, index);
                baseline[r] = (System.nanoTime() - t0) / 1e9;
                progress.accept("run " + (r + 1) + "/" + runs + ": extraction");
                t0 = System.nanoTime();
                last = new TermExtraction(index, threads).run(units, 2, 100);
                full[r] = (System.nanoTime() - t0) / 1e9;
            }
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tus", tus);
        o.put("runs", runs);
        o.put("threads", threads);
        double f = LatencyStats.median(full);
        double b = LatencyStats.median(baseline);
        o.put("extract_seconds", round(f));
        o.put("extract_tus_per_s", Math.round(tus / f));
        o.put("candidates_only_seconds", round(b));
        o.put("candidates_only_tus_per_s", Math.round(tus / b));
        o.put("extract_vs_candidates_only", round(f / b));
        o.put("peak_heap_bytes", TmBenchmark.peakHeap());
        Map<String, Object> cands = new LinkedHashMap<>();
        last.candidates().forEach((l, n) -> cands.put(l.code(), n));
        o.put("candidates", cands);
        o.put("proposals", last.proposals().size());
        List<String> topTen = new ArrayList<>();
        for (TermExtraction.Proposal p : last.proposals().subList(0, Math.min(10, last.proposals().size()))) {
            topTen.add(p.en() + " | " + p.ko() + " | " + p.ja());
        }
        o.put("top_10", topTen);
        return o;
    }

    /** Every unit's candidates in the three languages, on {@code threads} threads, results dropped. */
    private static void candidatesOnly(List<TranslationUnit> units, int threads, TermIndex index) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<Integer>> fs = new ArrayList<>();
            int chunk = (units.size() + threads - 1) / threads;
            for (int t = 0; t < threads; t++) {
                List<TranslationUnit> part = units.subList(Math.min(units.size(), t * chunk), Math.min(units.size(), (t + 1) * chunk));
                fs.add(pool.submit(() -> {
                    TermCandidates c = new TermCandidates(index.analyzers().koreanDictionary(), index.analyzers().japaneseDictionary());
                    int n = 0;
                    for (TranslationUnit u : part) {
                        n += c.extract(Language.EN, u.texts().get("en-US")).size();
                        n += c.extract(Language.KO, u.texts().get("ko-KR")).size();
                        n += c.extract(Language.JA, u.texts().get("ja-JP")).size();
                    }
                    return n;
                }));
            }
            for (Future<Integer> f : fs) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static double round(double x) {
        return Math.round(x * 100) / 100.0;
    }
}
