package io.triglot.cli;

import io.triglot.align.AlignmentEvaluation;
import io.triglot.align.BootstrappedAligner;
import io.triglot.align.ConceptAnchors;
import io.triglot.align.GaleChurchBaseline;
import io.triglot.bench.NtrexCorpus;
import io.triglot.index.TermIndex;
import io.triglot.io.TermbaseFiles;
import io.triglot.lang.Language;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot eval}: evaluations against real translations. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Evaluate against real translations.", synopsisSubcommandLabel = "COMMAND",
        subcommands = {EvalCommand.Align.class, EvalCommand.Numbers.class, EvalCommand.Terms.class})
final class EvalCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Main.missingSubcommand(spec, "evaluation");
    }

    @Command(name = "terms", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Term extraction: held-back glossary concepts recovered from the memory, and precision@20.",
            description = {"The concepts of --glossary that --memory names in all three languages in at least two units "
                    + "(named), and any that are recoverable (below), are dealt, in glossary order, into --folds sets; for "
                    + "each set, 'terms extract' runs "
                    + "on the memory with the glossary without that set, and a held-back concept is recovered at rank r "
                    + "when the r-th proposal has one of its English terms and one of its approved Korean and Japanese "
                    + "terms. Every such concept is held back once. Recall is reported over the recoverable ones (an "
                    + "English term, as written, found with one approved Korean term in at least two units and with one "
                    + "approved Japanese term in at least two: what extraction needs to propose the three) and over all "
                    + "named ones. Precision@20: the share of each run's first 20 "
                    + "proposals whose three terms all belong to one glossary concept (held back, or a new variant of a "
                    + "known one); proposals that are real terms the glossary does not have count as wrong."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot eval terms", "  triglot eval terms --folds 46 --show", "  triglot eval terms --format json"})
    static final class Terms implements Callable<Integer> {
        @Option(names = "--memory", paramLabel = "FILE", defaultValue = "tmx/gsomia.tmx", description = "The memory (default: ${DEFAULT-VALUE}).")
        Path memory;

        @Option(names = "--glossary", paramLabel = "FILE", defaultValue = "glossaries/gsomia.tbx", description = "The glossary (default: ${DEFAULT-VALUE}).")
        Path glossary;

        @Option(names = "--folds", paramLabel = "N", defaultValue = "5",
                description = "Sets the held-back concepts are dealt into; as many as there are concepts is leave-one-out (default: ${DEFAULT-VALUE}).")
        int folds;

        @Option(names = "--show", description = "List every held-back concept with the rank it came back at.")
        boolean show;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (folds < 2) {
                throw new UsageException("--folds must be at least 2");
            }
            if (!Files.isRegularFile(memory)) {
                throw new io.triglot.io.InputException(memory, 0, "no such file");
            }
            List<io.triglot.model.TranslationUnit> units = new ArrayList<>();
            io.triglot.io.tmx.TmxReader.read(memory, units::add, r -> spec.commandLine().getErr().println("triglot: rejected: " + r.describe()));
            io.triglot.model.Termbase tb = TermbaseFiles.readAll(List.of(glossary)).termbase();
            long t0 = System.nanoTime();
            Path work = io.triglot.terms.TermExtractionEvaluation.workDir();
            io.triglot.terms.TermExtractionEvaluation.Result r;
            try {
                r = io.triglot.terms.TermExtractionEvaluation.run(tb, units, work, folds, new int[] {1, 5, 10, 20, 50});
            } finally {
                io.triglot.io.Directories.deleteRecursively(work);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("units", units.size());
                o.put("glossary_concepts", tb.concepts().size());
                o.put("held_back_concepts", r.heldBack());
                o.put("recoverable", r.recoverable());
                o.put("named", r.named());
                o.put("folds", r.folds());
                Map<String, Object> rec = new LinkedHashMap<>();
                r.recoveredAtK().forEach((k, n) -> rec.put("at_" + k, n));
                o.put("recovered", rec);
                o.put("recovered_at_20_share", Math.round(r.recall(20) * 10000) / 10000.0);
                Map<String, Object> named = new LinkedHashMap<>();
                r.namedRecoveredAtK().forEach((k, n) -> named.put("at_" + k, n));
                o.put("named_recovered", named);
                o.put("named_recovered_at_20_share", Math.round(r.namedRecall(20) * 10000) / 10000.0);
                o.put("precision_at_20", Math.round(r.precisionAt20() * 10000) / 10000.0);
                o.put("seconds", Math.round(seconds * 10) / 10.0);
                List<Object> list = new ArrayList<>();
                for (var x : r.recoveries()) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("concept", x.concept().id());
                    j.put("fold", x.fold());
                    j.put("rank", x.rank());
                    j.put("recoverable", x.recoverable());
                    j.put("named", x.named());
                    list.add(j);
                }
                o.put("held_back", list);
                out.println(Json.write(o));
            } else {
                out.printf("%d units, %d glossary concepts, %d held back in %d folds: %d recoverable (an English term found "
                        + "with one Korean and one Japanese term in at least 2 units each), %d named in all three languages "
                        + "in at least 2 units; %.1f s%n", units.size(), tb.concepts().size(), r.heldBack(), r.folds(),
                        r.recoverable(), r.named(), seconds);
                out.println(atK("recovered with both translations right, of the " + r.recoverable() + " recoverable:",
                        r.recoveredAtK(), r.recoverable()));
                out.println(atK("of the " + r.named() + " named:", r.namedRecoveredAtK(), r.named()));
                out.printf("precision@20: %d of %d proposals are glossary concepts (%.0f %%)%n", r.correctInTop20(),
                        r.proposalsInTop20(), 100 * r.precisionAt20());
                if (show) {
                    for (var x : r.recoveries()) {
                        var p = x.proposal();
                        out.printf("  %-4s %-34s %-12s %s%n", x.rank() == 0 ? "—" : String.valueOf(x.rank()), x.concept().id(),
                                x.recoverable() ? "" : "(named only)", p == null ? "" : p.en() + " | " + p.ko() + " | " + p.ja());
                    }
                }
            }
            return ExitCodes.OK;
        }

        private static String atK(String label, Map<Integer, Integer> recovered, int of) {
            StringBuilder sb = new StringBuilder(label);
            recovered.forEach((k, n) -> sb.append(String.format(" top %d: %d (%.0f %%);", k, n, 100.0 * n / Math.max(1, of))));
            return sb.substring(0, sb.length() - 1);
        }
    }

    @Command(name = "numbers", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "NUMBER_MISMATCH on NTREX-128 en-ko and en-ja: false alarms and recall.",
            description = {"Runs the bilingual number check over the 1,007 NTREX-128 development sentences and their "
                    + "professional Korean and Japanese translations. On the translations as they are, it counts the "
                    + "pairs reported (each a real difference or a false alarm; --show lists them). Then in each "
                    + "translation with a number, one number (chosen with --seed) is raised by one in its last digit, "
                    + "and the share of those changes the check reports is its recall."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot eval numbers", "  triglot eval numbers --show 10", "  triglot eval numbers --format json"})
    static final class Numbers implements Callable<Integer> {
        @Option(names = "--seed", defaultValue = "1", description = "Which number to change (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--show", defaultValue = "0", description = "List this many reported clean pairs per language.")
        int show;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            List<Object> json = new ArrayList<>();
            for (Language l : new Language[] {Language.KO, Language.JA}) {
                io.triglot.check.NumberEvaluation.Result r = io.triglot.check.NumberEvaluation.run(l, seed);
                if (format.json()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("pair", "en-" + l.code());
                    o.put("pairs", r.pairs());
                    o.put("flagged", r.flagged());
                    o.put("flagged_share", Math.round(r.flaggedShare() * 10000) / 10000.0);
                    o.put("reports", r.reports());
                    o.put("corrupted", r.corrupted());
                    o.put("detected", r.detected());
                    o.put("recall", Math.round(r.recall() * 10000) / 10000.0);
                    List<Object> ex = new ArrayList<>();
                    for (var f : r.examples().subList(0, Math.min(show, r.examples().size()))) {
                        ex.add(Map.of("line", f.line(), "source", f.source(), "target", f.target(), "reports", f.reports()));
                    }
                    o.put("shown", ex);
                    json.add(o);
                } else {
                    out.printf("en-%s: %d pairs; clean translations: %d reported (%.1f %%), %d reports; "
                                    + "one number changed in %d translations: %d reported (recall %.3f)%n",
                            l.code(), r.pairs(), r.flagged(), 100 * r.flaggedShare(), r.reports(), r.corrupted(),
                            r.detected(), r.recall());
                    for (var f : r.examples().subList(0, Math.min(show, r.examples().size()))) {
                        out.printf("  line %d: %s%n    %s%n    %s%n", f.line(), String.join("; ", f.reports()), f.source(), f.target());
                    }
                }
            }
            if (format.json()) {
                out.println(Json.write(json));
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "align", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Sentence alignment F1 on NTREX-128 en-ko and en-ja, against Okapi's Gale-Church.",
            description = {"Each NTREX-128 development document (1,007 English news sentences with professional Korean "
                    + "and Japanese translations) becomes a test case: the target side is perturbed with a fixed seed "
                    + "(--merge of adjacent target sentences merged into one line, --drop dropped), and the known links "
                    + "are scored strictly (both sides exact) and laxly (sharing a sentence on each side). The aligner's "
                    + "weights were chosen on the even-numbered documents ('tune'); the odd-numbered ones ('held out') "
                    + "were not looked at."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot eval align", "  triglot eval align --seed 7 --format json"})
    static final class Align implements Callable<Integer> {
        @Option(names = "--seed", defaultValue = "1", description = "Perturbation seed (default: ${DEFAULT-VALUE}).")
        long seed;

        @Option(names = "--merge", defaultValue = "0.10", description = "Share of target lines merged with the next (default: ${DEFAULT-VALUE}).")
        double merge;

        @Option(names = "--drop", defaultValue = "0.05", description = "Share of target lines dropped (default: ${DEFAULT-VALUE}).")
        double drop;

        @Option(names = "--glossary", paramLabel = "FILE", defaultValue = "glossaries/gsomia.tbx",
                description = "Termbase for the concept anchor; 'none' to run without (default: ${DEFAULT-VALUE}).")
        String glossary;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (merge < 0 || drop < 0 || merge + drop > 1) {
                throw new UsageException("--merge and --drop must be shares between 0 and 1");
            }
            Path tmp = null;
            TermIndex index = null;
            try {
                if (!glossary.equals("none")) {
                    tmp = Files.createTempDirectory("triglot-eval");
                    TermIndex.replace(tmp, TermbaseFiles.readAll(List.of(Path.of(glossary))).termbase(), List.of(glossary));
                    index = TermIndex.open(tmp);
                }
                List<String> docs = NtrexCorpus.documentIds();
                List<String> en = NtrexCorpus.sentences(Language.EN);
                List<Map<String, Object>> rows = new ArrayList<>();
                List<AlignmentEvaluation.Score> scores = new ArrayList<>();
                List<String> labels = new ArrayList<>();
                for (Language t : List.of(Language.KO, Language.JA)) {
                    List<AlignmentEvaluation.Case> all = AlignmentEvaluation.cases(docs, en, NtrexCorpus.sentences(t), t, merge, drop, seed);
                    Function<String, Set<String>> cs = index == null ? null : ConceptAnchors.of(index, Language.EN);
                    Function<String, Set<String>> ct = index == null ? null : ConceptAnchors.of(index, t);
                    String pair = "en-" + t.code();
                    for (String split : List.of("all", "tune", "held out")) {
                        List<AlignmentEvaluation.Case> cases = new ArrayList<>();
                        for (int k = 0; k < all.size(); k++) {
                            if (split.equals("all") || (k % 2 == 0) == split.equals("tune")) {
                                cases.add(all.get(k));
                            }
                        }
                        BootstrappedAligner ours = new BootstrappedAligner(Language.EN, t, cs, ct);
                        add(scores, labels, pair, split, AlignmentEvaluation.scoreBatch("triglot", cases,
                                c -> ours.align(sources(c), targets(c), List.of(), List.of())));
                        if (split.equals("all")) {
                            BootstrappedAligner firstPass = new BootstrappedAligner(Language.EN, t, cs, ct, 0);
                            add(scores, labels, pair, split, AlignmentEvaluation.scoreBatch("triglot, first pass only", cases,
                                    c -> firstPass.align(sources(c), targets(c), List.of(), List.of())));
                        }
                        add(scores, labels, pair, split, AlignmentEvaluation.score("okapi gale-church", cases,
                                (s, x) -> GaleChurchBaseline.align(s, x, Language.EN, t)));
                    }
                }
                PrintWriter out = spec.commandLine().getOut();
                if (format.json()) {
                    for (int k = 0; k < scores.size(); k++) {
                        rows.add(json(labels.get(k), scores.get(k)));
                    }
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("corpus", "NTREX-128 dev (1,007 sentences, 62 documents)");
                    o.put("seed", seed);
                    o.put("merge", merge);
                    o.put("drop", drop);
                    o.put("machine", BenchCommand.machine());
                    o.put("results", rows);
                    out.println(Json.write(o));
                    return ExitCodes.OK;
                }
                out.printf("NTREX-128 dev, target perturbed with seed %d: %.0f%% of target lines merged, %.0f%% dropped%n%n",
                        seed, merge * 100, drop * 100);
                out.printf("%-6s %-9s %-25s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s | %8s%n", "pair", "docs", "aligner",
                        "P", "R", "F1", "lax P", "lax R", "lax F1", "R 1-1", "R 2-1", "R 1-0", "sent/s");
                for (int k = 0; k < scores.size(); k++) {
                    AlignmentEvaluation.Score s = scores.get(k);
                    String[] l = labels.get(k).split("\\|");
                    out.printf("%-6s %-9s %-25s %6.3f %6.3f %6.3f | %6.3f %6.3f %6.3f | %6s %6s %6s | %8.0f%n", l[0], l[1],
                            s.aligner(), s.strict().precision(), s.strict().recall(), s.strict().f1(), s.lax().precision(),
                            s.lax().recall(), s.lax().f1(), recall(s, "1-1"), recall(s, "2-1"), recall(s, "1-0"),
                            s.sentencesPerSecond());
                }
                return ExitCodes.OK;
            } finally {
                if (index != null) {
                    index.close();
                }
                io.triglot.io.Directories.deleteRecursively(tmp);
            }
        }

        private static void add(List<AlignmentEvaluation.Score> scores, List<String> labels, String pair, String split,
                                AlignmentEvaluation.Score s) {
            scores.add(s);
            labels.add(pair + "|" + split);
        }

        private static String recall(AlignmentEvaluation.Score s, String type) {
            AlignmentEvaluation.Prf p = s.byGoldType().get(type);
            return p == null || p.gold() == 0 ? "-" : String.format("%.3f", p.recall());
        }

        private static List<List<String>> sources(List<AlignmentEvaluation.Case> cases) {
            return cases.stream().map(AlignmentEvaluation.Case::source).toList();
        }

        private static List<List<String>> targets(List<AlignmentEvaluation.Case> cases) {
            return cases.stream().map(AlignmentEvaluation.Case::target).toList();
        }

        private static Map<String, Object> json(String label, AlignmentEvaluation.Score s) {
            String[] l = label.split("\\|");
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("pair", l[0]);
            o.put("documents", l[1]);
            o.put("aligner", s.aligner());
            o.put("strict", prf(s.strict()));
            o.put("lax", prf(s.lax()));
            Map<String, Object> types = new LinkedHashMap<>();
            s.byGoldType().forEach((k, v) -> types.put(k, Map.of("gold", v.gold(), "recall", v.recall(),
                    "predicted", v.predicted(), "precision", v.precision())));
            o.put("byLinkType", types);
            o.put("sentences", s.sentences());
            o.put("seconds", s.seconds());
            o.put("sentencesPerSecond", s.sentencesPerSecond());
            return o;
        }

        private static Map<String, Object> prf(AlignmentEvaluation.Prf p) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("precision", p.precision());
            o.put("recall", p.recall());
            o.put("f1", p.f1());
            return o;
        }
    }
}
