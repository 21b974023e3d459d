package io.triglot.cli;

import io.triglot.index.FuzzyMatcher;
import io.triglot.io.AtomicFiles;
import io.triglot.lang.Language;
import io.triglot.segment.SentenceSegmenter;
import io.triglot.segment.TextDocument;
import java.nio.file.Path;
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

/** {@code triglot pretranslate}: fill a new document from the memory. */
@Command(name = "pretranslate", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Segment a document and fill each sentence with its best memory match.",
        description = {"The job OmegaT's console-translate does: every sentence whose best match scores at least --min "
                + "is replaced by that match's translation; the others are kept in the source language and marked "
                + "⟦like this⟧ (or left bare with --no-marks). Paragraphs are kept. The output is written atomically; a "
                + "summary of exact, fuzzy and untranslated sentences goes to standard error."},
        footerHeading = "%nExamples:%n", footer = {"  triglot pretranslate article.txt --to ko -o article.ko.txt",
                "  triglot pretranslate article.txt --to ja --min 90 -o article.ja.txt"})
final class PretranslateCommand implements Callable<Integer> {
    @Parameters(paramLabel = "DOC", description = "Plain-text document (paragraphs separated by blank lines).")
    Path document;

    @Mixin
    LanguagePairOption languages;

    @Option(names = "--min", defaultValue = "75", description = "Lowest score used (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "OUT", description = "File to write.")
    Path output;

    @Option(names = "--no-marks", description = "Leave untranslated sentences unmarked.")
    boolean noMarks;

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
        if (min < 0 || min > 100) {
            throw new UsageException("--min is 0-100");
        }
        TextDocument doc = TextDocument.read(document, f, SentenceSegmenter.withShippedRules());
        doc.warnings().forEach(w -> spec.commandLine().getErr().println("triglot: warning: " + w));
        int exact = 0;
        int fuzzy = 0;
        int none = 0;
        List<String> paragraphs = new ArrayList<>();
        String joiner = t == Language.JA ? "" : " ";
        try (FuzzyMatcher m = new FuzzyMatcher(index.dir)) {
            for (List<String> para : doc.paragraphs()) {
                List<String> out = new ArrayList<>();
                for (String sentence : para) {
                    List<FuzzyMatcher.Hit> hits = m.match(sentence, f, t, min, 1);
                    if (hits.isEmpty() || hits.get(0).target() == null) {
                        none++;
                        out.add(noMarks ? sentence : "⟦" + sentence + "⟧");
                    } else {
                        if (hits.get(0).score() == 100) {
                            exact++;
                        } else {
                            fuzzy++;
                        }
                        out.add(hits.get(0).target());
                    }
                }
                paragraphs.add(String.join(joiner, out));
            }
        }
        AtomicFiles.writeText(output, w -> w.write(String.join("\n\n", paragraphs) + "\n"));
        int total = exact + fuzzy + none;
        if (format.json()) {
            Map<String, Object> o = new LinkedHashMap<>();
            o.put("sentences", total);
            o.put("exact", exact);
            o.put("fuzzy", fuzzy);
            o.put("untranslated", none);
            o.put("output", output.toString());
            spec.commandLine().getOut().println(Json.write(o));
        } else {
            spec.commandLine().getErr().printf("pretranslate: %d sentences: %d exact, %d fuzzy (>= %d), %d untranslated -> %s%n",
                    total, exact, fuzzy, min, none, output);
        }
        return ExitCodes.OK;
    }
}
