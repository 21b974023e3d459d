package io.triglot.cli;

import io.triglot.index.IndexException;
import io.triglot.io.InputException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** Entry point: {@code triglot COMMAND ...}. */
@Command(name = "triglot", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "English-Korean-Japanese termbase, translation memory and newsroom style checks.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {BuildCommand.class, GlossaryCommand.class, LookupCommand.class, CheckCommand.class, ImportCommand.class, ExportCommand.class, MatchCommand.class, ConcordanceCommand.class, ConsistencyCommand.class, PretranslateCommand.class, IndexCommand.class, AlignCommand.class, EvalCommand.class, TermsCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  triglot build                       import glossaries/ and build the index in .triglot/",
                "  triglot lookup '지소미아를 종료했다'",
                "  triglot lookup --format json 'ホワイト国から除外'",
                "  triglot glossary stats",
                "",
                "Exit codes: 0 ok, 1 findings, 2 bad input or usage, 3 I/O failure, 4 internal error."})
public final class Main implements Runnable {
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show stack traces on errors.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (see 'triglot --help')");
    }

    /** Builds the command line with our error handling, for the launcher and for tests. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setAdjustLineBreaksForWideCJKCharacters(true);
        cl.setCaseInsensitiveEnumValuesAllowed(true);
        cl.setParameterExceptionHandler((ex, args) -> {
            CommandLine c = ex.getCommandLine();
            c.getErr().println("triglot: " + ex.getMessage());
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, c.getErr())) {
                c.getErr().println("Try '" + c.getCommandSpec().qualifiedName() + " --help' for more information.");
            }
            return ExitCodes.BAD_INPUT;
        });
        cl.setExecutionExceptionHandler((ex, c, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"))
                    || deepVerbose(parseResult);
            int code;
            String msg;
            if (ex instanceof InputException ie) {
                code = ExitCodes.BAD_INPUT;
                msg = ie.describe();
            } else if (ex instanceof UsageException) {
                code = ExitCodes.BAD_INPUT;
                msg = ex.getMessage();
            } else if (ex instanceof IndexException) {
                code = ExitCodes.IO_FAILURE;
                msg = ex.getMessage();
            } else if (ex instanceof IOException || ex instanceof UncheckedIOException) {
                code = ExitCodes.IO_FAILURE;
                msg = "I/O error: " + ex.getMessage();
            } else if (outOfMemory(ex)) {
                code = ExitCodes.INTERNAL;
                msg = outOfMemoryMessage();
            } else {
                code = ExitCodes.INTERNAL;
                msg = "internal error: " + ex + (verbose ? "" : " (run with --verbose for details)");
            }
            c.getErr().println("triglot: " + msg);
            if (verbose) {
                ex.printStackTrace(c.getErr());
            }
            c.getErr().flush();
            return code;
        });
        return cl;
    }

    private static boolean deepVerbose(CommandLine.ParseResult pr) {
        for (CommandLine.ParseResult p = pr; p != null; p = p.subcommand()) {
            if (p.hasMatchedOption("--verbose")) {
                return true;
            }
        }
        return false;
    }

    /**
     * The error for a command group run without one of its commands ("missing benchmark: lookup, tm, … or terms"),
     * naming them from the group itself, so the list cannot fall behind the commands.
     */
    static CommandLine.ParameterException missingSubcommand(CommandSpec spec, String what) {
        List<String> names = new ArrayList<>(spec.subcommands().keySet());
        String list = names.size() == 1 ? names.get(0)
                : String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        return new CommandLine.ParameterException(spec.commandLine(),
                "missing " + what + ": " + list + " (see '" + spec.qualifiedName() + " --help')");
    }

    /** Whether the failure is the heap running out (in this thread, or in a worker whose failure it carries). */
    static boolean outOfMemory(Throwable t) {
        for (int depth = 0; t != null && depth < 10; t = t.getCause(), depth++) {
            if (t instanceof OutOfMemoryError) {
                return true;
            }
        }
        return false;
    }

    static String outOfMemoryMessage() {
        return String.format("out of memory (the Java heap is at most %d MiB); give it more, for example "
                + "TRIGLOT_JAVA_OPTS=-Xmx4g ./triglot ...", Runtime.getRuntime().maxMemory() >> 20);
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, StandardCharsets.UTF_8), true);
        int code;
        try {
            code = commandLine(out, err).execute(args);
        } catch (OutOfMemoryError e) {
            // picocli hands only exceptions to the handler: an error thrown on the command's own thread comes here
            err.println("triglot: " + outOfMemoryMessage());
            code = ExitCodes.INTERNAL;
        }
        out.flush();
        err.flush();
        System.exit(code);
    }
}
