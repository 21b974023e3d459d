package io.triglot.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --index DIR}. */
public final class IndexOption {
    @Option(names = "--index", paramLabel = "DIR", defaultValue = ".triglot",
            description = "Index directory (default: ${DEFAULT-VALUE} in the working directory).")
    Path dir;
}
