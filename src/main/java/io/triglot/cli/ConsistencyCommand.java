package io.triglot.cli;

import io.triglot.index.ConsistencyReport;
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
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot consistency}: where the memory translates the same thing more than one way. */
@Command(name = "consistency", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Sentences and glossary terms the memory translates more than one way; deprecated terms in it.",
        description = {"For each target language: English sentences with more than one translation (with counts), "
                + "glossary concepts named in English whose translations use more than one target term (with counts and "
                + "statuses: an admitted 백색국가 shows next to the preferred 화이트리스트), and units whose translation uses a "
                + "deprecated or forbidden term, with the preferred replacement. Exit code 1 when "
                + "anything was found, so it can gate a memory in CI."},
        footerHeading = "%nExamples:%n", footer = {"  triglot consistency", "  triglot consistency --to ko --format json"})
final class ConsistencyCommand implements Callable<Integer> {
    @Option(names = "--to", paramLabel = "LANG", split = ",", defaultValue = "ko,ja",
            description = "Target languages (default: ${DEFAULT-VALUE}).")
    List<String> to;

    @Mixin
    IndexOption index;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        List<ConsistencyReport.Result> results = new ArrayList<>();
        for (String t : to) {
            Language l;
            try {
                l = Language.parse(t);
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            if (l == Language.EN) {
                throw new UsageException("--to takes ko and/or ja (the memory's source is English)");
            }
            results.add(ConsistencyReport.run(index.dir, l));
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean found = results.stream().anyMatch(r -> !r.sentences().isEmpty() || !r.concepts().isEmpty()
                || !r.disagreements().isEmpty());
        if (format.json()) {
            Map<String, Object> o = new LinkedHashMap<>();
            for (ConsistencyReport.Result r : results) {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("units", r.units());
                x.put("sentences", r.sentences());
                x.put("concepts", r.concepts());
                x.put("disagreements", r.disagreements());
                o.put(r.target().code(), x);
            }
            out.println(Json.write(o));
            return found ? ExitCodes.FINDINGS : ExitCodes.OK;
        }
        for (ConsistencyReport.Result r : results) {
            out.printf("en-%s: %d units; %d sentence%s and %d concept%s translated more than one way; %d deprecated or forbidden term%s%n",
                    r.target().code(), r.units(), r.sentences().size(), r.sentences().size() == 1 ? "" : "s",
                    r.concepts().size(), r.concepts().size() == 1 ? "" : "s", r.disagreements().size(),
                    r.disagreements().size() == 1 ? "" : "s");
            for (ConsistencyReport.Sentence s : r.sentences()) {
                out.printf("  sentence: %s%n", s.source());
                s.translations().forEach((t, n) -> out.printf("    %3d× %s%n", n, t));
            }
            for (ConsistencyReport.ConceptUsage c : r.concepts()) {
                out.printf("  concept %s (preferred: %s)%n", c.conceptId(), c.preferred());
                c.terms().forEach((t, n) -> out.printf("    %3d× %s (%s)%n", n, t, c.statuses().getOrDefault(t, "?")));
            }
            for (ConsistencyReport.Disagreement d : r.disagreements()) {
                out.printf("  %s: %s uses %s \"%s\", the termbase prefers \"%s\"%n", d.tuid(), d.conceptId(), d.status(),
                        d.used(), d.preferred());
            }
        }
        return found ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}
