package io.triglot.cli;

import io.triglot.index.TranslationMemory;
import io.triglot.io.InputException;
import io.triglot.io.tmx.TmxReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot index}: the translation memory in the index. */
@Command(name = "index", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Add TMX files to the memory index, remove documents, count units.", synopsisSubcommandLabel = "COMMAND",
        subcommands = {IndexCommand.Add.class, IndexCommand.Remove.class, IndexCommand.Stats.class})
final class IndexCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Main.missingSubcommand(spec, "command");
    }

    /** TMX files given on the command line; directories expand to their .tmx files. */
    static List<Path> tmxFiles(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> f.getFileName().toString().toLowerCase().endsWith(".tmx")).sorted().forEach(out::add);
                }
            } else if (!Files.exists(p)) {
                throw new InputException(p, 0, "no such file");
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** Indexes files and reports rejected units on stderr; returns the result. */
    static TranslationMemory.AddResult add(Path index, List<Path> files, PrintWriter err) {
        return TranslationMemory.add(index, files, r -> err.println("triglot: rejected: " + r.describe()));
    }

    /**
     * {@code index add} and {@code import tmx}: indexes the files; rejected units are reported on standard error
     * and, with {@code rejects}, written (atomically) to a tab-separated file of file, line and reason.
     */
    static int addFiles(List<Path> files, Path index, Path rejects, CommandSpec spec, String name) throws IOException {
        long t0 = System.nanoTime();
        List<Path> tmx = tmxFiles(files);
        if (tmx.isEmpty()) {
            throw new UsageException("no .tmx files in " + files);
        }
        PrintWriter err = spec.commandLine().getErr();
        List<TmxReader.Rejected> rejected = new ArrayList<>();
        TranslationMemory.AddResult r = TranslationMemory.add(index, tmx, x -> {
            rejected.add(x);
            err.println("triglot: rejected: " + x.describe());
        });
        if (rejects != null) {
            io.triglot.io.AtomicFiles.writeText(rejects, w -> {
                w.write("file\tline\treason\n");
                for (TmxReader.Rejected x : rejected) {
                    w.write(x.file() + "\t" + x.line() + "\t" + x.reason().replaceAll("[\t\r\n]+", " ") + "\n");
                }
            });
        }
        spec.commandLine().getOut().printf("%s: %d file%s, %d units indexed, %d rejected%s (%.1f s)%n", name, r.files(),
                r.files() == 1 ? "" : "s", r.units(), r.rejected(), rejects == null ? "" : " -> " + rejects,
                (System.nanoTime() - t0) / 1e9);
        return r.rejected() > 0 ? ExitCodes.FINDINGS : ExitCodes.OK;
    }

    @Command(name = "add", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Index TMX files (ours and other tools'); a unit added again is updated by its tuid.",
            description = {"Good units are indexed, bad ones are reported with their line (and counted); a file that "
                    + "stops being well-formed keeps the units before the error. Adding a file again replaces the units it "
                    + "brought before. The import is one commit: searches see the memory as it was until it lands."},
            footerHeading = "%nExamples:%n", footer = {"  triglot index add tmx/gsomia.tmx", "  triglot index add tmx/"})
    static final class Add implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "1..*", description = "TMX files or directories.")
        List<Path> files;

        @Option(names = "--rejects", paramLabel = "FILE", description = "Also write the rejected units (file, line, reason) here, tab-separated.")
        Path rejects;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            return addFiles(files, index.dir, rejects, spec, "index add");
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Remove the units of one document (their x-document prop).",
            footerHeading = "%nExamples:%n", footer = {"  triglot index remove --document keia-2020-08-25"})
    static final class Remove implements Callable<Integer> {
        @Option(names = "--document", paramLabel = "D", required = true, description = "Document id.")
        String document;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            long n = TranslationMemory.removeDocument(index.dir, document);
            spec.commandLine().getOut().printf("index remove: %d unit%s of %s%n", n, n == 1 ? "" : "s", document);
            return ExitCodes.OK;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Count the memory's units, by language and by document.")
    static final class Stats implements Callable<Integer> {
        @Mixin
        IndexOption index;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() {
            TranslationMemory.Stats s = TranslationMemory.stats(index.dir);
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("units", s.units());
                Map<String, Integer> langs = new LinkedHashMap<>();
                s.byLanguage().forEach((l, n) -> langs.put(l.code(), n));
                o.put("byLanguage", langs);
                o.put("byDocument", s.byDocument());
                out.println(Json.write(o));
                return ExitCodes.OK;
            }
            List<String> langs = new ArrayList<>();
            s.byLanguage().forEach((l, n) -> langs.add(l.code() + " " + n));
            out.printf("%d units (%s), %d documents%n", s.units(), String.join(", ", langs), s.byDocument().size());
            s.byDocument().forEach((d, n) -> out.printf("  %-28s %5d%n", d, n));
            return ExitCodes.OK;
        }
    }
}
