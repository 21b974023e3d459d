package io.triglot.cli;

import io.triglot.lang.Language;
import picocli.CommandLine.Option;

/** {@code --from LANG --to LANG}, parsed and checked once for every command that translates. */
public final class LanguagePairOption {
    @Option(names = "--from", paramLabel = "LANG", defaultValue = "en", description = "Source language (default: ${DEFAULT-VALUE}).")
    String from;

    @Option(names = "--to", paramLabel = "LANG", required = true, description = "Target language: en, ko or ja.")
    String to;

    /** The source language; a usage error if unknown. */
    Language source() {
        return parse(from);
    }

    /** The target language; a usage error if unknown or equal to the source. */
    Language target() {
        Language t = parse(to);
        if (t == source()) {
            throw new UsageException("--from and --to are the same language");
        }
        return t;
    }

    private static Language parse(String s) {
        try {
            return Language.parse(s);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
