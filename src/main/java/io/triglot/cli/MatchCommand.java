package io.triglot.cli;

import io.triglot.index.FuzzyMatcher;
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

/** {@code triglot match}: fuzzy matches from the memory. */
@Command(name = "match", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Best translations the memory holds for a sentence, scored 0-100 and explained.",
        description = {"Lucene finds candidates; each is scored on the language's own tokens: 100 × (1 − token edit "
                + "distance / longer length), minus 1 point each for a difference in case, width or punctuation and 2 for "
                + "numbers that differ. 100 means the memory's source equals the sentence up to white space. The diff "
                + "shows what would turn the memory's source into the sentence: [-removed-] {+added+}."},
        footerHeading = "%nExamples:%n",
        footer = {"  triglot match 'Seoul decided to scrap the pact with Japan.' --to ko",
                "  triglot match '지소미아를 종료했다' --from ko --to ja --min 50 --format json"})
final class MatchCommand implements Callable<Integer> {
    @Parameters(paramLabel = "SENTENCE", arity = "1..*", description = "The sentence to match.")
    List<String> sentence;

    @Mixin
    LanguagePairOption languages;

    @Option(names = "--min", defaultValue = "70", description = "Lowest score shown (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--top", defaultValue = "5", description = "Most hits shown (default: ${DEFAULT-VALUE}).")
    int top;

    @Mixin
    IndexOption index;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        Language f = languages.source();
        Language t = languages.target();
        if (min < 0 || min > 100 || top < 1) {
            throw new UsageException("--min is 0-100 and --top at least 1");
        }
        String query = String.join(" ", sentence);
        List<FuzzyMatcher.Hit> hits;
        try (FuzzyMatcher m = new FuzzyMatcher(index.dir)) {
            hits = m.match(query, f, t, min, top);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            List<Object> hs = new ArrayList<>();
            for (FuzzyMatcher.Hit h : hits) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("score", h.score());
                o.put("penalties", h.penalties());
                o.put("source", h.source());
                o.put("target", h.target());
                o.put("targetLang", h.targetLang());
                o.put("diff", h.diff());
                o.put("tuid", h.tuid());
                o.put("documents", h.documents());
                hs.add(o);
            }
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("query", query);
            o.put("from", f.code());
            o.put("to", t.code());
            o.put("hits", hs);
            out.println(Json.write(o));
            return ExitCodes.OK;
        }
        if (hits.isEmpty()) {
            out.printf("no match at or above %d%n", min);
            return ExitCodes.OK;
        }
        for (FuzzyMatcher.Hit h : hits) {
            out.printf("%3d%%  %s%s%n", h.score(), h.target(), h.penalties().isEmpty() ? "" : "   (" + String.join(", ", h.penalties()) + ")");
            out.printf("      source: %s%n", h.source());
            if (h.score() < 100) {
                out.printf("      diff:   %s%n", h.diff());
            }
            out.printf("      %s %s%n", h.tuid(), String.join(", ", h.documents()));
        }
        return ExitCodes.OK;
    }
}
