package io.triglot.cli;

import io.triglot.bench.LookupBenchmark;
import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot bench}: reproducible benchmarks. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Run a benchmark and print its figures (medians, with the machine described).",
        synopsisSubcommandLabel = "COMMAND", subcommands = {BenchCommand.Lookup.class, BenchCommand.Tm.class, BenchCommand.Pretranslate.class, BenchCommand.Check.class,
                BenchCommand.Terms.class})
final class BenchCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Main.missingSubcommand(spec, "benchmark");
    }

    /** The machine, as benchmark reports state it. */
    static Map<String, Object> machine() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("cpu", cpuModel());
        m.put("cores", Runtime.getRuntime().availableProcessors());
        m.put("maxHeapMiB", Runtime.getRuntime().maxMemory() / (1024 * 1024));
        m.put("java", System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        m.put("os", System.getProperty("os.name") + " " + System.getProperty("os.arch"));
        m.put("jvmArgs", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return m;
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux: leave it out
        }
        return System.getProperty("os.arch");
    }

    /** Progress lines on standard error, for a person at a terminal only (reports stay clean in pipes). */
    static Consumer<String> progress(CommandSpec spec) {
        PrintWriter err = spec.commandLine().getErr();
        return msg -> {
            if (System.console() != null) {
                err.println("bench: " + msg);
            }
        };
    }

    /** A benchmark run in a working directory, returning its figures by name. */
    interface Run {
        Map<String, Object> in(Path work) throws Exception;
    }

    /**
     * Runs a benchmark in a temporary directory (deleted afterwards) and prints its figures with the machine:
     * JSON, or one {@code name value} line each. A benchmark's IllegalArgumentException is a usage error.
     */
    static int runAndPrint(CommandSpec spec, FormatOption format, String prefix, Run run) throws Exception {
        Path work = Files.createTempDirectory(prefix);
        Map<String, Object> r;
        try {
            r = run.in(work);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        } finally {
            io.triglot.io.Directories.deleteRecursively(work);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> o = new LinkedHashMap<>(r);
            o.put("machine", machine());
            out.println(Json.write(o));
        } else {
            int width = r.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;
            r.forEach((k, v) -> out.printf("%-" + width + "s %s%n", k, v));
        }
        return ExitCodes.OK;
    }

    @Command(name = "lookup", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Termbase import throughput and term lookup latency, seed glossary and a generated termbase.",
            description = {"Imports each termbase (parse + index, median of --import-runs), then times --queries "
                    + "lookups of real news sentences (NTREX-128 en/ko/ja) with a term inserted in an inflected form. "
                    + "In the same run it times the analysis alone and a brute-force scan of all terms on the same queries."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot bench lookup", "  triglot bench lookup --concepts 100000 --format json"})
    static final class Lookup implements Callable<Integer> {
        @Option(names = "--glossary", paramLabel = "FILE", defaultValue = "glossaries/gsomia.tbx",
                description = "Real termbase to measure (default: ${DEFAULT-VALUE}).")
        Path glossary;

        @Option(names = "--concepts", paramLabel = "N", defaultValue = "100000",
                description = "Size of the generated termbase; 0 skips it (default: ${DEFAULT-VALUE}).")
        int concepts;

        @Option(names = "--queries", paramLabel = "N", defaultValue = "1000",
                description = "Timed lookups per termbase (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--import-runs", paramLabel = "N", defaultValue = "5",
                description = "Imports per termbase; the median is reported (default: ${DEFAULT-VALUE}).")
        int importRuns;

        @Option(names = "--brute-queries", paramLabel = "N", defaultValue = "200",
                description = "Queries for the brute-force baseline (default: ${DEFAULT-VALUE}).")
        int bruteQueries;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (queries < 1 || importRuns < 1 || concepts < 0 || bruteQueries < 1) {
                throw new UsageException("--queries, --import-runs and --brute-queries must be at least 1, --concepts at least 0");
            }
            if (!Files.isRegularFile(glossary)) {
                throw new io.triglot.io.InputException(glossary, 0, "no such file");
            }
            LookupBenchmark bench = new LookupBenchmark(progress(spec));
            Path work = Files.createTempDirectory("triglot-bench");
            List<LookupBenchmark.Result> results = new ArrayList<>();
            try {
                results.add(bench.run("seed", glossary, queries, importRuns, bruteQueries, work));
                if (concepts > 0) {
                    Path synthetic = LookupBenchmark.writeSynthetic(work, concepts, 42L);
                    results.add(bench.run("generated-" + concepts, synthetic, queries, importRuns, bruteQueries, work));
                }
            } finally {
                io.triglot.io.Directories.deleteRecursively(work);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("machine", machine());
                o.put("results", results);
                out.println(Json.write(o));
                return ExitCodes.OK;
            }
            Map<String, Object> m = machine();
            out.printf("machine: %s, %s cores, max heap %s MiB, %s%n%n", m.get("cpu"), m.get("cores"), m.get("maxHeapMiB"), m.get("java"));
            out.printf("%-18s %9s %8s %10s %10s %12s%n", "termbase", "concepts", "terms", "parse ms", "import ms", "concepts/s");
            for (LookupBenchmark.Result r : results) {
                out.printf("%-18s %9d %8d %10.1f %10.1f %12.0f%n", r.termbase(), r.concepts(), r.terms(), r.parseMedianMs(),
                        r.importMedianMs(), r.importConceptsPerSecond());
            }
            out.printf("%n%-18s %-22s %8s %8s %8s %8s%n", "termbase", "per query (ms)", "p50", "p95", "p99", "mean");
            for (LookupBenchmark.Result r : results) {
                row(out, r.termbase(), "lookup (index)", r.lookup());
                row(out, "", "analysis only", r.analysisOnly());
                row(out, "", "brute-force scan", r.bruteForce());
            }
            out.println();
            for (LookupBenchmark.Result r : results) {
                out.printf("%s: %d queries, %.2f matches/query, expected concept found in %.1f%%, %.0f token runs/query, index %.1f MiB%n",
                        r.termbase(), r.lookup().count(), r.matchesPerQuery(), 100 * r.queriesWithExpectedConcept(),
                        r.keysPerQuery(), r.indexBytes() / 1048576.0);
            }
            return ExitCodes.OK;
        }

        private static void row(PrintWriter out, String tb, String what, io.triglot.bench.LatencyStats s) {
            out.printf("%-18s %-22s %8.3f %8.3f %8.3f %8.3f%n", tb, what, s.p50(), s.p95(), s.p99(), s.mean());
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Check throughput in words per second per language, against the analysis alone.",
            description = {"Generates an archive of news articles per language (NTREX-128 sentences recombined, with "
                    + "terms of the termbase inserted in a third of the sentences) of --words words, and checks it file "
                    + "by file as 'triglot check' does; in the same run, the term analysis alone over the same "
                    + "paragraphs. Passes alternate (analysis, then check) --runs times; medians are reported. Done for "
                    + "the seed glossary (with the shipped house style) and a generated termbase of --concepts concepts "
                    + "(default style)."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot bench check", "  triglot bench check --words 200000 --concepts 0 --format json"})
    static final class Check implements Callable<Integer> {
        @Option(names = "--glossary", paramLabel = "FILE", defaultValue = "glossaries/gsomia.tbx",
                description = "Real termbase (default: ${DEFAULT-VALUE}).")
        Path glossary;

        @Option(names = "--profile", paramLabel = "FILE", defaultValue = "glossaries/house-style.toml",
                description = "House style for the real termbase (default: ${DEFAULT-VALUE}).")
        Path profile;

        @Option(names = "--concepts", paramLabel = "N", defaultValue = "100000",
                description = "Size of the generated termbase; 0 skips it (default: ${DEFAULT-VALUE}).")
        int concepts;

        @Option(names = "--words", paramLabel = "N", defaultValue = "1000000",
                description = "Words per language in the archive (default: ${DEFAULT-VALUE}).")
        long words;

        @Option(names = "--runs", paramLabel = "N", defaultValue = "7",
                description = "Timed passes of each kind; the median is reported (default: ${DEFAULT-VALUE}).")
        int runs;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (words < 1000 || runs < 1 || concepts < 0) {
                throw new UsageException("--words must be at least 1000, --runs at least 1, --concepts at least 0");
            }
            if (!Files.isRegularFile(glossary)) {
                throw new io.triglot.io.InputException(glossary, 0, "no such glossary");
            }
            io.triglot.bench.CheckBenchmark bench = new io.triglot.bench.CheckBenchmark(progress(spec));
            Path work = Files.createTempDirectory("triglot-bench-check");
            List<Map<String, Object>> results = new ArrayList<>();
            try {
                io.triglot.model.Termbase seed = io.triglot.io.TermbaseFiles.readAll(List.of(glossary)).termbase();
                io.triglot.check.HouseStyle.Parsed style = io.triglot.check.HouseStyle.read(profile);
                style.style().validate(seed, style.text());
                results.add(measure(bench, work, "seed", seed, style.style()));
                if (concepts > 0) {
                    io.triglot.model.Termbase gen = io.triglot.bench.SyntheticTermbase.generate(concepts, 42);
                    results.add(measure(bench, work, "generated", gen, io.triglot.check.HouseStyle.defaults()));
                }
            } finally {
                io.triglot.io.Directories.deleteRecursively(work);
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("results", results);
                o.put("machine", machine());
                out.println(Json.write(o));
            } else {
                out.printf("%-10s %9s %-4s %10s %12s %12s %10s %9s%n", "termbase", "concepts", "lang", "words",
                        "check w/s", "analysis w/s", "cost ×", "findings");
                for (Map<String, Object> r : results) {
                    for (io.triglot.lang.Language l : io.triglot.lang.Language.values()) {
                        @SuppressWarnings("unchecked")
                        Map<String, Object> f = (Map<String, Object>) r.get(l.code());
                        out.printf("%-10s %9s %-4s %10s %12s %12s %10s %9s%n", r.get("termbase"), r.get("concepts"), l,
                                f.get("words"), f.get("check_words_per_s"), f.get("analysis_words_per_s"),
                                f.get("check_vs_analysis_cost"), f.get("findings"));
                    }
                }
            }
            return ExitCodes.OK;
        }

        private Map<String, Object> measure(io.triglot.bench.CheckBenchmark bench, Path work, String label,
                                            io.triglot.model.Termbase tb, io.triglot.check.HouseStyle style) throws Exception {
            Path dir = work.resolve(label);
            io.triglot.index.TermIndex.replace(dir.resolve("index"), tb, List.of(label));
            try (io.triglot.index.TermIndex index = io.triglot.index.TermIndex.open(dir.resolve("index"))) {
                return io.triglot.bench.CheckBenchmark.figures(label, tb.concepts().size(),
                        bench.run(index, style, words, runs, dir.resolve("archive"), 7));
            }
        }
    }

    @Command(name = "tm", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Translation memory at scale: indexing against analysis alone, match/lookup/concordance latency, top-1 agreement.",
            description = {"Builds a deterministic synthetic memory of --tus distinct units recombined from the NTREX-128 "
                    + "sentences, analyzes the same texts without indexing and indexes them (same analyzers, fields and "
                    + "threads), then times --queries match, term lookup and concordance queries, and checks the best match "
                    + "score of --brute-queries queries against an exhaustive scan."},
            footerHeading = "%nExamples:%n", footer = {"  triglot bench tm --tus 100000 --format json"})
    static final class Tm implements Callable<Integer> {
        @Option(names = "--tus", defaultValue = "100000", description = "Units (default: ${DEFAULT-VALUE}).")
        int tus;

        @Option(names = "--queries", defaultValue = "1000", description = "Queries of each kind (default: ${DEFAULT-VALUE}).")
        int queries;

        @Option(names = "--brute-queries", defaultValue = "100", description = "Match queries checked against the exhaustive scan (default: ${DEFAULT-VALUE}).")
        int bruteQueries;

        @Option(names = "--threads", defaultValue = "2", description = "Threads for analysis and indexing (default: ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--glossary", paramLabel = "FILE", defaultValue = "glossaries/gsomia.tbx",
                description = "Termbase indexed beside the memory for term lookup (default: ${DEFAULT-VALUE}).")
        Path glossary;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (tus < 1 || queries < 1 || bruteQueries < 1 || threads < 1) {
                throw new UsageException("--tus, --queries, --brute-queries and --threads must be at least 1");
            }
            io.triglot.bench.TmBenchmark bench = new io.triglot.bench.TmBenchmark(progress(spec));
            return runAndPrint(spec, format, "triglot-bench-tm", work -> bench.run(tus, queries, bruteQueries, threads, work, glossary));
        }
    }

    @Command(name = "terms", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Term extraction at scale: time and peak heap against candidate extraction alone.",
            description = {"Builds the translation-memory benchmark's synthetic memory of --tus units (NTREX-128 sentences "
                    + "recombined), then --runs times: the candidates of every unit alone (the same tokenizers, taggers and "
                    + "threads: the baseline) and the whole extraction against the seed termbase. Prints medians. With "
                    + "--write-tmx, writes that memory as TMX instead, to time 'triglot terms extract' on it."},
            footerHeading = "%nExamples:%n", footer = {"  triglot bench terms --tus 100000 --format json",
                    "  triglot bench terms --tus 100000 --write-tmx memory-100k.tmx"})
    static final class Terms implements Callable<Integer> {
        @Option(names = "--tus", defaultValue = "100000", description = "Units (default: ${DEFAULT-VALUE}).")
        int tus;

        @Option(names = "--runs", defaultValue = "3", description = "Runs; medians are reported (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--threads", defaultValue = "2", description = "Threads (default: ${DEFAULT-VALUE}).")
        int threads;

        @Option(names = "--glossary", paramLabel = "FILE", defaultValue = "glossaries/gsomia.tbx",
                description = "Termbase whose concepts are left out (default: ${DEFAULT-VALUE}).")
        Path glossary;

        @Option(names = "--write-tmx", paramLabel = "FILE",
                description = "Write the generated memory to FILE (TMX 1.4b) and stop, without benchmarking.")
        Path writeTmx;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (tus < 1 || runs < 1 || threads < 1) {
                throw new UsageException("--tus, --runs and --threads must be at least 1");
            }
            if (writeTmx != null) {
                new io.triglot.io.tmx.TmxWriter(Version.get(), "en-US")
                        .write(new io.triglot.bench.TmBenchmark(s -> { }).units(tus), writeTmx);
                spec.commandLine().getErr().println("bench terms: " + tus + " units -> " + writeTmx);
                return ExitCodes.OK;
            }
            io.triglot.bench.TermBenchmark bench = new io.triglot.bench.TermBenchmark(progress(spec));
            return runAndPrint(spec, format, "triglot-bench-terms", work -> bench.run(tus, runs, threads, work, glossary));
        }
    }

    @Command(name = "pretranslate", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "triglot pretranslate against OmegaT's console-translate on the same document and memory.",
            description = {"Writes an English-Korean memory of --tus units (NTREX-128 sentences, then synthetic two-sentence "
                    + "units) and a document of --sentences sentences (half in the memory verbatim, a quarter with a word "
                    + "dropped, a quarter new), then, --runs times, each in its own JVM: OmegaT console-translate with the "
                    + "memory in tm/auto; 'triglot index add'; 'triglot pretranslate --min 100' (OmegaT's job: exact matches) "
                    + "and with the default threshold. Prints medians, the ratios and what each filled."},
            footerHeading = "%nExamples:%n", footer = {"  triglot bench pretranslate --tus 100000 --format json"})
    static final class Pretranslate implements Callable<Integer> {
        @Option(names = "--tus", defaultValue = "100000", description = "Memory units (default: ${DEFAULT-VALUE}).")
        int tus;

        @Option(names = "--sentences", defaultValue = "200", description = "Document sentences (default: ${DEFAULT-VALUE}).")
        int sentences;

        @Option(names = "--runs", defaultValue = "3", description = "Runs; medians are reported (default: ${DEFAULT-VALUE}).")
        int runs;

        @Option(names = "--omegat", paramLabel = "JAR", defaultValue = "/usr/share/omegat/OmegaT.jar",
                description = "OmegaT 3.6 jar (default: ${DEFAULT-VALUE}, Debian's omegat package).")
        Path omegat;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws Exception {
            if (tus < 1 || sentences < 1 || runs < 1) {
                throw new UsageException("--tus, --sentences and --runs must be at least 1");
            }
            if (!Files.isRegularFile(omegat)) {
                throw new UsageException("no OmegaT jar at " + omegat + " (install Debian's omegat or pass --omegat JAR)");
            }
            io.triglot.bench.PretranslateBenchmark bench = new io.triglot.bench.PretranslateBenchmark(progress(spec));
            return runAndPrint(spec, format, "triglot-bench-pretranslate",
                    work -> bench.run(tus, sentences, runs, omegat.toAbsolutePath(), work));
        }
    }
}
