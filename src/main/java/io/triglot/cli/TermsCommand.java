package io.triglot.cli;

import io.triglot.index.TermIndex;
import io.triglot.io.Directories;
import io.triglot.io.InputException;
import io.triglot.io.TermbaseFiles;
import io.triglot.io.tmx.TmxReader;
import io.triglot.lang.Language;
import io.triglot.model.Termbase;
import io.triglot.model.TranslationUnit;
import io.triglot.terms.CandidateTermbase;
import io.triglot.terms.TermExtraction;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot terms}: grow the termbase from the memory. */
@Command(name = "terms", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Propose new concepts for the termbase from aligned memories.", synopsisSubcommandLabel = "COMMAND",
        subcommands = {TermsCommand.Extract.class})
final class TermsCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Main.missingSubcommand(spec, "command");
    }

    @Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Term candidates in en/ko/ja, aligned across the languages, as TBX to review.",
            description = {"Reads the units of TMX files (English with Korean, Japanese or both). English candidates are "
                    + "noun phrases from Apache OpenNLP's part-of-speech tagger; Korean ones nouns and noun compounds from "
                    + "Nori's tags (NNG, NNP, SL); Japanese ones noun sequences from Kuromoji's (名詞, katakana and Latin "
                    + "included). Each English candidate is linked to its Korean and Japanese candidate by competitive "
                    + "linking over the units (Dice association, helped by shared Latin acronyms and Hangul or katakana "
                    + "transliterations), and ranked by how strongly and often it is linked and how much more often the "
                    + "memory uses it than general news English does.",
                    "",
                    "Concepts the termbase (the index, or --glossary) already has are left out; a translation the memory "
                    + "uses for a known concept that is none of its terms is proposed as a new variant of it. With -o "
                    + "FILE.tbx the proposals are written as TBX-Basic with status 'proposed', two example sentences per "
                    + "term as contexts, and the evidence in a note; 'triglot glossary merge' adds the accepted ones.",
                    "",
                    "Units a TMX file cannot give (malformed XML, a unit without text) are reported with their line and "
                    + "the rest are used; the exit code is then 1."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot terms extract tmx/gsomia.tmx", "  triglot terms extract tmx/*.tmx --min-freq 3 --top 50 -o candidates.tbx",
                    "  triglot terms extract tmx/gsomia.tmx --format json"})
    static final class Extract implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "TMX files.")
        List<Path> files = new ArrayList<>();

        @Option(names = "--min-freq", paramLabel = "N", defaultValue = "2",
                description = "Only English candidates in at least N units (default: ${DEFAULT-VALUE}).")
        int minFreq;

        @Option(names = "--top", paramLabel = "K", defaultValue = "100", description = "The best K proposals (default: ${DEFAULT-VALUE}).")
        int top;

        @Option(names = "--glossary", paramLabel = "PATH",
                description = "Leave out the concepts of these .tbx/.csv/.tsv files or directories instead of the index's.")
        List<Path> glossaries;

        @Option(names = "--no-termbase", description = "Propose everything, leaving out no known concept.")
        boolean noTermbase;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE",
                description = "Write the proposals as TBX (status proposed) to FILE, atomically.")
        Path output;

        @Mixin
        FormatOption format;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (minFreq < 1 || top < 1) {
                throw new UsageException("--min-freq and --top must be at least 1");
            }
            long t0 = System.nanoTime();
            List<TranslationUnit> units = new ArrayList<>();
            int rejected = 0;
            for (Path f : files) {
                if (!Files.isRegularFile(f)) {
                    throw new InputException(f, 0, "no such file");
                }
                List<String> bad = new ArrayList<>();
                TmxReader.read(f, units::add, r -> bad.add(r.describe()));
                for (String b : bad) {
                    spec.commandLine().getErr().println("triglot: rejected: " + b);
                }
                rejected += bad.size();
            }
            int usable = 0;
            boolean[] has = new boolean[3];
            for (TranslationUnit u : units) {
                boolean en = false;
                boolean other = false;
                for (String tag : u.texts().keySet()) {
                    Language l = Language.ofTag(tag);
                    if (l != null && !u.texts().get(tag).isBlank()) {
                        has[l.ordinal()] = true;
                        en |= l == Language.EN;
                        other |= l != Language.EN;
                    }
                }
                usable += en && other ? 1 : 0;
            }
            if (usable == 0) {
                throw new InputException(files.get(0), 0, units.isEmpty() ? "no translation units in " + names()
                        : "no unit of " + names() + " has English with Korean or Japanese (" + units.size()
                        + " units read); extraction pivots on English");
            }
            Path temp = null;
            try {
                Path dir = index.dir;
                Termbase known = null;
                TermIndex ti = null;
                if (!noTermbase) {
                    if (glossaries != null && !glossaries.isEmpty()) {
                        temp = Files.createTempDirectory("triglot-terms-");
                        dir = temp;
                        List<Path> gf = TermbaseFiles.expand(glossaries);
                        if (gf.isEmpty()) {
                            throw new InputException(glossaries.get(0), 0, "no .tbx, .csv or .tsv files");
                        }
                        TermIndex.replace(dir, TermbaseFiles.readAll(gf).termbase(), gf.stream().map(Path::toString).toList());
                    } else if (!Files.isDirectory(dir.resolve("index"))) {
                        throw new UsageException("no index at " + dir + ": run 'triglot build' first, give --glossary "
                                + "files, or --no-termbase");
                    }
                    ti = TermIndex.open(dir);
                    known = ti.termbase();
                }
                TermExtraction.Result r;
                try {
                    r = new TermExtraction(ti).run(units, minFreq, top);
                } finally {
                    if (ti != null) {
                        ti.close();
                    }
                }
                if (output != null) {
                    Termbase candidates = CandidateTermbase.of(r.proposals(), known, "triglot term candidates from " + names());
                    TermbaseFiles.write(candidates, output, TermbaseFiles.Format.TBX, Version.generator());
                }
                print(r, has, rejected, (System.nanoTime() - t0) / 1e9);
            } finally {
                if (temp != null) {
                    Directories.deleteRecursively(temp);
                }
            }
            return rejected == 0 ? ExitCodes.OK : ExitCodes.FINDINGS;
        }

        private String names() {
            return String.join(", ", files.stream().map(Path::toString).toList());
        }

        private void print(TermExtraction.Result r, boolean[] has, int rejected, double seconds) {
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("units", r.units());
                o.put("units_with_all_three", r.unitsWithAllThree());
                o.put("rejected", rejected);
                Map<String, Object> cands = new LinkedHashMap<>();
                r.candidates().forEach((l, n) -> cands.put(l.code(), n));
                o.put("candidates", cands);
                List<Object> ps = new ArrayList<>();
                int rank = 0;
                for (TermExtraction.Proposal p : r.proposals()) {
                    Map<String, Object> j = new LinkedHashMap<>();
                    j.put("rank", ++rank);
                    j.put("en", p.en());
                    j.put("ko", p.ko());
                    j.put("ja", p.ja());
                    j.put("score", Math.round(p.score() * 1000) / 1000.0);
                    j.put("units", p.frequency());
                    j.put("documents", p.documents());
                    j.put("links_ko", p.linksKo());
                    j.put("links_ja", p.linksJa());
                    j.put("dice_ko", Math.round(p.diceKo() * 1000) / 1000.0);
                    j.put("dice_ja", Math.round(p.diceJa() * 1000) / 1000.0);
                    j.put("variant_of", p.variantOf());
                    List<Object> ex = new ArrayList<>();
                    for (TranslationUnit u : p.examples()) {
                        ex.add(u.texts());
                    }
                    j.put("examples", ex);
                    ps.add(j);
                }
                o.put("proposals", ps);
                out.println(Json.write(o));
            } else {
                for (TermExtraction.Proposal p : r.proposals()) {
                    out.printf("%6.2f  %s | %s | %s  (%d units%s)%s%n", p.score(), p.en(), dash(p.ko()), dash(p.ja()),
                            p.frequency(), p.documents() > 1 ? ", " + p.documents() + " documents" : "",
                            p.variantOf() == null ? "" : "  new variant of " + p.variantOf());
                }
            }
            out.flush();
            List<String> missing = new ArrayList<>();
            if (!has[Language.KO.ordinal()]) {
                missing.add("Korean");
            }
            if (!has[Language.JA.ordinal()]) {
                missing.add("Japanese");
            }
            spec.commandLine().getErr().printf("terms extract: %d units (%d with all three languages%s), %d rejected; "
                            + "candidates en %d, ko %d, ja %d; %d proposals%s; %.1f s%n",
                    r.units(), r.unitsWithAllThree(), missing.isEmpty() ? "" : "; no " + String.join(" or ", missing) + " in the memory",
                    rejected, r.candidates().get(Language.EN), r.candidates().get(Language.KO), r.candidates().get(Language.JA),
                    r.proposals().size(), output == null ? "" : " -> " + output, seconds);
        }

        private static String dash(String s) {
            return s == null ? "—" : s;
        }
    }
}
