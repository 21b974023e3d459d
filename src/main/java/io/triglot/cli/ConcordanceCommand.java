package io.triglot.cli;

import io.triglot.index.Concordance;
import io.triglot.lang.Language;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot concordance}: keyword in context from the memory. */
@Command(name = "concordance", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Keyword in context from the memory, with the aligned translations.",
        description = {"Finds the units whose text in LANG contains PHRASE in any inflected form (ホワイト国 finds "
                + "ホワイト国から, 지소미아 finds 지소미아를, white list finds white-listed) and prints the phrase in its context "
                + "with the unit's other languages."},
        footerHeading = "%nExamples:%n",
        footer = {"  triglot concordance ホワイト国 --lang ja", "  triglot concordance 지소미아 --lang ko --limit 5 --format json"})
final class ConcordanceCommand implements Callable<Integer> {
    @Parameters(paramLabel = "PHRASE", arity = "1..*", description = "Word or phrase.")
    List<String> phrase;

    @Option(names = "--lang", paramLabel = "LANG", required = true, description = "Language of PHRASE: en, ko or ja.")
    String lang;

    @Option(names = "--limit", defaultValue = "20", description = "Most units shown (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--width", defaultValue = "40", description = "Characters of context each side (default: ${DEFAULT-VALUE}).")
    int width;

    @Mixin
    IndexOption index;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language l;
        try {
            l = Language.parse(lang);
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        if (limit < 1 || width < 1) {
            throw new UsageException("--limit and --width must be at least 1");
        }
        String p = String.join(" ", phrase);
        List<Concordance.Line> lines;
        try (Concordance c = new Concordance(index.dir)) {
            lines = c.find(p, l, width, limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            List<Object> ls = new ArrayList<>();
            for (Concordance.Line x : lines) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("left", x.left());
                o.put("match", x.match());
                o.put("right", x.right());
                o.put("translations", x.translations());
                o.put("tuid", x.tuid());
                o.put("documents", x.documents());
                ls.add(o);
            }
            out.println(Json.write(Map.of("phrase", p, "lang", l.code(), "lines", ls)));
            return ExitCodes.OK;
        }
        if (lines.isEmpty()) {
            out.println("no occurrences");
        }
        for (Concordance.Line x : lines) {
            out.printf("%s[%s]%s%n", x.left(), x.match(), x.right());
            x.translations().forEach((tag, text) -> out.printf("    %-6s %s%n", tag, text));
        }
        return ExitCodes.OK;
    }
}
