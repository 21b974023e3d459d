package io.triglot.cli;

import io.triglot.index.TermIndex;
import io.triglot.io.TermbaseFiles;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot build}: the main job over the shipped glossaries. */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Import the glossaries and build the index.",
        description = {"Reads every .tbx, .csv and .tsv file in the glossaries directory, checks them "
                + "(one line per problem, naming file and line), and replaces the termbase in the index in one commit. "
                + "Nothing is written unless every file is good."},
        footerHeading = "%nExamples:%n",
        footer = {"  triglot build", "  triglot build --glossaries my-glossaries --index /tmp/triglot-index"})
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--glossaries", paramLabel = "DIR", defaultValue = "glossaries",
            description = "Glossary directory (default: ${DEFAULT-VALUE}).")
    Path glossaries;

    @Mixin
    IndexOption index;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        long t0 = System.nanoTime();
        if (!Files.isDirectory(glossaries)) {
            throw new io.triglot.io.InputException(glossaries, 0, "no such directory");
        }
        List<Path> files = TermbaseFiles.expand(List.of(glossaries));
        if (files.isEmpty()) {
            throw new io.triglot.io.InputException(glossaries, 0, "no .tbx, .csv or .tsv files");
        }
        TermbaseFiles.Merged merged = TermbaseFiles.readAll(files);
        PrintWriter err = spec.commandLine().getErr();
        merged.warnings().forEach(w -> err.println("triglot: warning: " + w));
        TermIndex.WriteResult r = TermIndex.replace(index.dir, merged.termbase(),
                files.stream().map(Path::toString).toList());
        double seconds = (System.nanoTime() - t0) / 1e9;
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("files", files.stream().map(Path::toString).toList());
            o.put("concepts", r.concepts());
            o.put("terms", r.terms());
            o.put("termsByLanguage", r.termsByLanguage());
            o.put("warnings", merged.warnings().size());
            o.put("index", index.dir.toString());
            o.put("seconds", Math.round(seconds * 1000) / 1000.0);
            out.println(Json.write(o));
        } else {
            StringBuilder langs = new StringBuilder();
            r.termsByLanguage().forEach((k, v) -> langs.append(langs.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
            out.printf("build: %d glossary file%s, %d concepts, %d terms (%s), %d warning%s; index %s (%.2f s)%n",
                    files.size(), files.size() == 1 ? "" : "s", r.concepts(), r.terms(), langs,
                    merged.warnings().size(), merged.warnings().size() == 1 ? "" : "s", index.dir, seconds);
        }
        return ExitCodes.OK;
    }
}
