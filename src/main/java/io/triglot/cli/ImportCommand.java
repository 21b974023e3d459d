package io.triglot.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot import}: memories from other tools into the index. */
@Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Import other tools' memories (TMX) into the index.", synopsisSubcommandLabel = "COMMAND",
        subcommands = {ImportCommand.Tmx.class})
final class ImportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Main.missingSubcommand(spec, "import");
    }

    @Command(name = "tmx", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Import TMX 1.1 to 1.4b from any CAT tool, keeping every prop, note, attribute and inline tag.",
            description = {"Reads TMX streamed, in bounded memory: lang or xml:lang, codes in any case, srclang=\"*all*\", "
                    + "inline bpt/ept/ph/it/hi/ut/sub, props and notes on units and languages, UTF-8 or UTF-16 with a "
                    + "BOM. Invalid units are reported with their line (and, with --rejects, written to a file); the rest "
                    + "are imported; the summary counts both. What is imported comes back out of 'triglot export tmx' "
                    + "as it came in. The same as 'triglot index add'."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot import tmx client-memory.tmx --rejects rejected.tsv", "  triglot import tmx exports/"})
    static final class Tmx implements Callable<Integer> {
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
            return IndexCommand.addFiles(files, index.dir, rejects, spec, "import tmx");
        }
    }
}
