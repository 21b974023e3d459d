package io.triglot.cli;

import io.triglot.check.CheckRun;
import io.triglot.check.CheckedText;
import io.triglot.check.FindingsReport;
import io.triglot.check.HouseStyle;
import io.triglot.index.TermIndex;
import io.triglot.io.AtomicFiles;
import io.triglot.io.Directories;
import io.triglot.io.InputException;
import io.triglot.io.TermbaseFiles;
import io.triglot.io.TextFiles;
import io.triglot.lang.Language;
import io.triglot.model.Finding;
import io.triglot.model.Severity;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot check}: newsroom style and bilingual term checks, for people and for CI. */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Check articles, or a translation against its source, for term and style problems.",
        description = {"Monolingual: deprecated and forbidden terms, competing variants of one concept (in each "
                + "file, or across all of them with --across), acronyms before their spelled-out form, wrong case, "
                + "British or American spelling against the house style. Korean and Japanese terms are found "
                + "through inflection and spacing. Bilingual (--source/--target, or a TMX file with --pair): terms "
                + "the translation lacks, forbidden terms in it, numbers and dates that differ.",
                "The house style is glossaries/house-style.toml when it exists (--profile to choose another); the "
                + "termbase is the index (--index, from 'triglot build') or --glossary files.",
                "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 bad input (the other files "
                + "are still checked and reported), 3 I/O failure."},
        footerHeading = "%nExamples:%n",
        footer = {"  triglot check samples/en/*.txt --across",
                "  triglot check article-ko.txt --format sarif -o check.sarif --fail-on error",
                "  triglot check --source samples/en/sankei-2019-11-23.txt --target samples/ja/sankei-2019-11-23.txt",
                "  triglot check tmx/gsomia.tmx --pair en-ko --format json"})
final class CheckCommand implements Callable<Integer> {
    /** Output formats of check. */
    enum Format { text, json, sarif }

    /** Languages of the checked files. */
    enum LangChoice { auto, en, ko, ja }

    @Parameters(paramLabel = "FILE", arity = "0..*",
            description = "Articles (.txt or .md; directories are searched for them), or TMX files with --pair.")
    List<Path> files = List.of();

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
            description = "Language of the files: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, by script).")
    LangChoice lang;

    @Option(names = "--across", description = "Report competing variants across all files, not only within each.")
    boolean across;

    @Option(names = "--source", paramLabel = "EN_FILE", description = "English source of a bilingual check.")
    Path source;

    @Option(names = "--target", paramLabel = "FILE", description = "Its Korean or Japanese translation.")
    Path target;

    @Option(names = "--pair", paramLabel = "SRC-TGT", description = "Check the units of TMX files: en-ko or en-ja.")
    String pair;

    @Option(names = "--profile", paramLabel = "FILE", description = "House style (default: " + HouseStyle.DEFAULT_FILE
            + " if it exists, else American spelling and every rule at its default severity).")
    Path profile;

    @Option(names = "--glossary", paramLabel = "PATH",
            description = "Check against these .tbx/.csv/.tsv files or directories instead of the index.")
    List<Path> glossaries;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--fail-on", paramLabel = "SEVERITY", defaultValue = "warning",
            description = "Exit 1 when a finding is at least this severe: info, warning or error (default: ${DEFAULT-VALUE}).")
    String failOn;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report here (atomically) instead of standard output.")
    Path output;

    @Mixin
    IndexOption index;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = parseSeverity(failOn);
        boolean bitext = source != null || target != null;
        if (bitext && (source == null || target == null)) {
            throw new UsageException("--source and --target go together");
        }
        if (bitext && !files.isEmpty()) {
            throw new UsageException("give either FILE... or --source and --target, not both");
        }
        if (!bitext && files.isEmpty()) {
            throw new UsageException("nothing to check: give FILE... or --source and --target");
        }
        Language[] tmxPair = pair == null ? null : parsePair(pair);
        if (tmxPair != null && (bitext || across)) {
            throw new UsageException("--pair checks TMX files; it does not go with --source/--target or --across");
        }
        HouseStyle.Parsed style = style();
        Path tempIndex = null;
        try {
            Path dir = index.dir;
            if (glossaries != null && !glossaries.isEmpty()) {
                tempIndex = Files.createTempDirectory("triglot-check-");
                dir = tempIndex;
                buildIndex(dir);
            }
            CheckRun.Report report;
            try (TermIndex ti = TermIndex.open(dir)) {
                if (style.text() != null) {
                    style.style().validate(ti.termbase(), style.text());
                }
                CheckRun run = new CheckRun(ti, style.style());
                if (bitext) {
                    report = run.bitext(source, target, lang == LangChoice.auto ? null : Language.parse(lang.name()));
                } else if (tmxPair != null) {
                    report = tmx(run, tmxPair);
                } else {
                    report = run.monolingual(CheckRun.expand(files), lang == LangChoice.auto ? null : Language.parse(lang.name()), across);
                }
            }
            print(report, style.style());
            for (String e : report.errors()) {
                spec.commandLine().getErr().println("triglot: " + e);
            }
            if (!report.errors().isEmpty()) {
                return ExitCodes.BAD_INPUT;
            }
            return report.findings().stream().anyMatch(f -> f.severity().atLeast(threshold)) ? ExitCodes.FINDINGS : ExitCodes.OK;
        } finally {
            if (tempIndex != null) {
                Directories.deleteRecursively(tempIndex);
            }
        }
    }

    private CheckRun.Report tmx(CheckRun run, Language[] p) {
        List<Finding> findings = new java.util.ArrayList<>();
        List<String> errors = new java.util.ArrayList<>();
        int read = 0;
        for (Path f : files) {
            CheckRun.Report r = run.tmx(f, p[0], p[1]);
            findings.addAll(r.findings());
            errors.addAll(r.errors());
            read += r.files();
        }
        return new CheckRun.Report(findings, errors, read);
    }

    private void print(CheckRun.Report report, HouseStyle style) throws IOException {
        String body;
        if (format == Format.json) {
            body = Json.write(FindingsReport.json(report)) + System.lineSeparator();
        } else if (format == Format.sarif) {
            body = Json.write(FindingsReport.sarif(report, style, Version.get())) + System.lineSeparator();
        } else {
            StringWriter sw = new StringWriter();
            PrintWriter pw = new PrintWriter(sw);
            FindingsReport.text(report, pw, lines());
            pw.flush();
            body = sw.toString();
        }
        if (output != null) {
            AtomicFiles.writeText(output, w -> w.write(body));
        } else {
            spec.commandLine().getOut().print(body);
            spec.commandLine().getOut().flush();
        }
        if (format == Format.text) {
            spec.commandLine().getErr().println(FindingsReport.summary(report));
        }
    }

    /** Lines of the checked text files for the caret display (not for TMX files, whose findings name a unit). */
    private Function<String, Function<Integer, String>> lines() {
        Map<String, CheckedText> cache = new HashMap<>();
        return file -> {
            if (file.toLowerCase(Locale.ROOT).endsWith(".tmx")) {
                return null;
            }
            CheckedText t = cache.computeIfAbsent(file, f -> {
                try {
                    return new CheckedText(f, TextFiles.read(Path.of(f)), Language.EN);
                } catch (InputException e) {
                    return null;
                }
            });
            return t == null ? null : t::line;
        };
    }

    private HouseStyle.Parsed style() {
        if (profile != null) {
            return HouseStyle.read(profile);
        }
        Path def = Path.of(HouseStyle.DEFAULT_FILE);
        if (Files.isRegularFile(def)) {
            return HouseStyle.read(def);
        }
        return new HouseStyle.Parsed(HouseStyle.defaults(), null);
    }

    private void buildIndex(Path dir) throws IOException {
        for (Path g : glossaries) {
            if (!Files.exists(g)) {
                throw new InputException(g, 0, "no such glossary");
            }
        }
        List<Path> gf = TermbaseFiles.expand(glossaries);
        if (gf.isEmpty()) {
            throw new InputException(glossaries.get(0), 0, "no .tbx, .csv or .tsv files");
        }
        Termbase tb = TermbaseFiles.readAll(gf).termbase();
        TermIndex.replace(dir, tb, gf.stream().map(Path::toString).toList());
    }

    private static Severity parseSeverity(String s) {
        try {
            return Severity.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException("--fail-on: " + e.getMessage());
        }
    }

    private static Language[] parsePair(String p) {
        String[] parts = p.split("[-_:/]");
        try {
            if (parts.length == 2) {
                Language s = Language.parse(parts[0]);
                Language t = Language.parse(parts[1]);
                if (s == Language.EN && t != Language.EN) {
                    return new Language[] {s, t};
                }
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw new UsageException("--pair must be en-ko or en-ja, not '" + p + "'");
    }
}
