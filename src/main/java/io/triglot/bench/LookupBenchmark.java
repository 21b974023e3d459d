package io.triglot.bench;

import io.triglot.index.TermIndex;
import io.triglot.index.TermMatcher;
import io.triglot.io.Directories;
import io.triglot.io.TermbaseFile;
import io.triglot.io.TermbaseFiles;
import io.triglot.io.tbx.TbxWriter;
import io.triglot.lang.Language;
import io.triglot.lang.Scripts;
import io.triglot.lang.TermAnalyzers;
import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Measures termbase import and term lookup on one termbase file:
 * <ul>
 *   <li>import: reading the TBX file, and reading plus building the index (median of several runs);</li>
 *   <li>lookup: per-query latency of {@link TermMatcher#find} over real news sentences in en, ko and ja
 *       (NTREX-128), each with a glossary term inserted in an inflected form;</li>
 *   <li>baselines in the same run on the same queries: the analysis alone (tokens and keys, no index), and a
 *       brute-force scan that looks for every term's folded text in the folded query.</li>
 * </ul>
 */
public final class LookupBenchmark {
    /** Figures for one termbase. */
    public record Result(String termbase, int concepts, int terms, long fileBytes, double parseMedianMs,
                         double importMedianMs, double importConceptsPerSecond, int importRuns,
                         LatencyStats lookup, LatencyStats analysisOnly, LatencyStats bruteForce,
                         double matchesPerQuery, double queriesWithExpectedConcept, double keysPerQuery, long indexBytes) {
    }

    private final Consumer<String> progress;

    public LookupBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Writes a generated termbase of {@code concepts} concepts as TBX, for {@link #run}. */
    public static Path writeSynthetic(Path dir, int concepts, long seed) throws IOException {
        Path file = dir.resolve("synthetic-" + concepts + ".tbx");
        new TbxWriter(TbxWriter.Version.V2, "triglot bench").write(SyntheticTermbase.generate(concepts, seed), file);
        return file;
    }

    /**
     * Runs the benchmark on one termbase file.
     *
     * @param queries     number of timed lookups
     * @param importRuns  how many times to repeat the import (median reported)
     * @param bruteQueries how many queries the brute-force baseline runs (it is slow on large termbases)
     */
    public Result run(String label, Path file, int queries, int importRuns, int bruteQueries, Path work) throws IOException {
        long fileBytes = Files.size(file);
        double[] parse = new double[importRuns];
        double[] imports = new double[importRuns];
        Termbase tb = null;
        Path indexDir = null;
        for (int r = 0; r < importRuns; r++) {
            if (indexDir != null) {
                Directories.deleteRecursively(indexDir);
            }
            indexDir = work.resolve(label + "-index-" + r);
            long t0 = System.nanoTime();
            TermbaseFile tf = TermbaseFiles.read(file);
            long t1 = System.nanoTime();
            tb = new Termbase(tf.title(), tf.concepts());
            TermIndex.replace(indexDir, tb, List.of(file.toString()));
            long t2 = System.nanoTime();
            parse[r] = (t1 - t0) / 1e6;
            imports[r] = (t2 - t0) / 1e6;
            progress.accept(String.format("%s: import run %d/%d %.0f ms", label, r + 1, importRuns, imports[r]));
        }
        long indexBytes = Directories.size(indexDir);
        List<Query> qs = queries(tb, queries, 7L);
        try (TermIndex index = TermIndex.open(indexDir)) {
            TermMatcher matcher = new TermMatcher(index);
            TermAnalyzers analyzers = index.analyzers();
            // warm up the JIT and the concept cache on a disjoint query set
            for (Query q : queries(tb, Math.min(500, queries), 99L)) {
                matcher.find(q.text, TermMatcher.Options.lookup(null));
                analyze(analyzers, index, q.text);
            }
            long[] lookup = new long[qs.size()];
            long[] analysis = new long[qs.size()];
            long totalMatches = 0;
            long totalSpans = 0;
            int found = 0;
            for (int i = 0; i < qs.size(); i++) {
                Query q = qs.get(i);
                long t0 = System.nanoTime();
                int n = analyze(analyzers, index, q.text);
                long t1 = System.nanoTime();
                var ms = matcher.find(q.text, TermMatcher.Options.lookup(null));
                long t2 = System.nanoTime();
                analysis[i] = t1 - t0;
                totalSpans += n;
                lookup[i] = t2 - t1;
                totalMatches += ms.size();
                if (ms.stream().anyMatch(m -> m.concept().id().equals(q.conceptId))) {
                    found++;
                }
            }
            progress.accept(label + ": lookups done");
            BruteForce brute = new BruteForce(tb);
            int bn = Math.min(bruteQueries, qs.size());
            for (int i = 0; i < Math.min(50, bn); i++) {
                brute.find(qs.get(i).text);
            }
            long[] bruteTimes = new long[bn];
            for (int i = 0; i < bn; i++) {
                long t0 = System.nanoTime();
                brute.find(qs.get(i).text);
                bruteTimes[i] = System.nanoTime() - t0;
            }
            progress.accept(label + ": brute-force baseline done");
            double medianImport = LatencyStats.median(imports);
            return new Result(label, tb.concepts().size(), tb.termCount(), fileBytes, LatencyStats.median(parse),
                    medianImport, tb.concepts().size() / (medianImport / 1000.0), importRuns,
                    LatencyStats.ofNanos(lookup), LatencyStats.ofNanos(analysis), LatencyStats.ofNanos(bruteTimes),
                    (double) totalMatches / qs.size(), (double) found / qs.size(), (double) totalSpans / qs.size(),
                    indexBytes);
        } finally {
            Directories.deleteRecursively(indexDir);
        }
    }

    /** The analysis alone: tokens and keys for every language the script suggests, no index. */
    private static int analyze(TermAnalyzers analyzers, TermIndex index, String text) {
        int n = 0;
        for (Language l : Scripts.candidates(text)) {
            n += analyzers.spans(l, text, index.maxTokens(l)).size();
        }
        return n;
    }

    record Query(String text, String conceptId) {
    }

    /**
     * Real sentences, a third each en, ko, ja, each with one term of a random concept inserted at a word
     * boundary as running text would have it: Korean and Japanese with a particle, English bare or possessive.
     */
    static List<Query> queries(Termbase tb, int count, long seed) {
        Random rnd = new Random(seed);
        Map<Language, List<String>> sentences = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            sentences.put(l, NtrexCorpus.sentences(l));
        }
        List<Concept> concepts = tb.concepts();
        List<Query> out = new ArrayList<>(count);
        while (out.size() < count) {
            Language lang = Language.values()[out.size() % 3];
            Concept c = concepts.get(rnd.nextInt(concepts.size()));
            List<Term> terms = c.termsIn(lang.code());
            if (terms.isEmpty()) {
                continue;
            }
            Term t = terms.get(rnd.nextInt(terms.size()));
            List<String> ss = sentences.get(lang);
            String s = ss.get(rnd.nextInt(ss.size()));
            out.add(new Query(insert(s, t, lang, rnd), c.id()));
        }
        return out;
    }

    private static final String[] KO_PARTICLES = {"를", "은", "에서", "의", "과", "에 대한"};
    private static final String[] JA_PARTICLES = {"の", "を", "が", "から", "に関する"};

    /**
     * A sentence with a term inserted at a word boundary as running text would have it: Korean and Japanese
     * with a particle, English bare or possessive.
     */
    public static String insert(String s, Term t, Language lang, Random rnd) {
        String inserted = switch (lang) {
            case KO -> t.text() + KO_PARTICLES[rnd.nextInt(KO_PARTICLES.length)];
            case JA -> t.text() + JA_PARTICLES[rnd.nextInt(JA_PARTICLES.length)];
            case EN -> t.text() + (rnd.nextBoolean() ? "'s" : "");
        };
        if (lang == Language.EN) {
            int sp = s.indexOf(' ', s.length() / 2);
            return sp < 0 ? s + " " + inserted : s.substring(0, sp) + " " + inserted + s.substring(sp);
        } else if (lang == Language.KO) {
            int sp = s.indexOf(' ', s.length() / 2);
            return sp < 0 ? inserted + " " + s : s.substring(0, sp + 1) + inserted + " " + s.substring(sp + 1);
        }
        // Japanese has no spaces: insert after a comma or at the start, never inside a word
        int comma = s.indexOf('、');
        return comma < 0 ? inserted + s : s.substring(0, comma + 1) + inserted + s.substring(comma + 1);
    }

    /** What a script without an index would do: look for each term's folded text in the folded query. */
    static final class BruteForce {
        private final String[] folded;

        BruteForce(Termbase tb) {
            List<String> all = new ArrayList<>();
            for (Concept c : tb.concepts()) {
                for (Term t : c.terms()) {
                    all.add(TextNormalizer.compactKey(t.text(), true));
                }
            }
            folded = all.toArray(String[]::new);
        }

        int find(String text) {
            String q = TextNormalizer.compactKey(text, true);
            int n = 0;
            for (String f : folded) {
                if (!f.isEmpty() && q.contains(f)) {
                    n++;
                }
            }
            return n;
        }
    }
}
