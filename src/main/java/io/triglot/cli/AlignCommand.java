package io.triglot.cli;

import io.triglot.align.BootstrappedAligner;
import io.triglot.align.Link;
import io.triglot.align.MemoryBuilder;
import io.triglot.align.ThreeWayAligner;
import io.triglot.index.TermIndex;
import io.triglot.io.InputException;
import io.triglot.io.TextFiles;
import io.triglot.io.tmx.TmxWriter;
import io.triglot.lang.Language;
import io.triglot.lang.Scripts;
import io.triglot.segment.SentenceSegmenter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot align}: one article into a three-language TMX, or plain sentence links for evaluation. */
@Command(name = "align", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Align English, Korean and Japanese versions of an article into TMX.",
        description = {"Segments the three files (paragraphs are separated by blank lines), aligns English with "
                + "Korean and with Japanese, and joins the links through English into units holding the same sentence "
                + "in all three languages. Glossary concepts from the index (if there is one) serve as anchors.",
                "",
                "With --presegmented --links SRC TGT, each file holds one sentence per line; the links are printed one "
                + "per line in document order as SRC_IDS:TGT_IDS with 0-based line ids (3:3, 0,1:2, 5:, :7)."},
        footerHeading = "%nExamples:%n",
        footer = {"  triglot align samples/en/keia-2020-08-25.txt samples/ko/keia-2020-08-25.txt \\",
                "                samples/ja/keia-2020-08-25.txt -o tmx/keia.tmx",
                "  triglot align --presegmented --links en.txt ko.txt"})
final class AlignCommand implements Callable<Integer> {
    @Parameters(paramLabel = "FILE", arity = "2..3", description = "EN KO JA (articles), or SRC TGT with --links.")
    List<Path> files;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "TMX file to write (atomically).")
    Path output;

    @Option(names = "--presegmented", description = "Files hold one sentence per line.")
    boolean presegmented;

    @Option(names = "--links", description = "Print links instead of writing TMX.")
    boolean links;

    @Option(names = "--id", paramLabel = "ID", description = "Document id for the units (default: the English file's name).")
    String id;

    @Mixin
    IndexOption index;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter err = spec.commandLine().getErr();
        if (links) {
            if (!presegmented || files.size() != 2) {
                throw new UsageException("--links takes --presegmented and two files: SRC TGT");
            }
            List<String> src = lines(files.get(0));
            List<String> tgt = lines(files.get(1));
            Language sl = detect(files.get(0), src);
            Language tl = detect(files.get(1), tgt);
            if (sl == tl) {
                throw new UsageException("both files look " + sl.code() + "; give a source and its translation");
            }
            List<Link> result = new BootstrappedAligner(sl, tl, null, null)
                    .align(List.of(src), List.of(tgt), List.of(), List.of()).get(0);
            PrintWriter out = spec.commandLine().getOut();
            result.forEach(l -> out.println(l.format()));
            return ExitCodes.OK;
        }
        if (presegmented) {
            throw new UsageException("--presegmented goes with --links");
        }
        if (files.size() != 3) {
            throw new UsageException("give three files: EN KO JA");
        }
        if (output == null) {
            throw new UsageException("missing -o FILE.tmx");
        }
        List<String> warnings = new ArrayList<>();
        SentenceSegmenter seg = SentenceSegmenter.withShippedRules();
        String doc = id != null ? id : files.get(0).getFileName().toString().replaceFirst("\\.[^.]*$", "");
        ThreeWayAligner.Article article = MemoryBuilder.article(doc, files.get(0), files.get(1), files.get(2), seg, warnings);
        MemoryBuilder.Result r;
        if (Files.isDirectory(index.dir.resolve("index"))) {
            try (TermIndex idx = TermIndex.open(index.dir)) {
                r = MemoryBuilder.align(List.of(article), idx, warnings);
            }
        } else {
            r = MemoryBuilder.align(List.of(article), null, warnings);
        }
        warnings.forEach(w -> err.println("triglot: warning: " + w));
        new TmxWriter(Version.get(), Language.EN.regionTag()).write(r.units(), output);
        spec.commandLine().getOut().printf("align: %s: sentences %s; %d units (%s); mean score %.2f -> %s%n", doc,
                MemoryBuilder.format(r.sentences()), r.units().size(), MemoryBuilder.formatTypes(r.linkTypes()),
                r.meanScore(), output);
        return ExitCodes.OK;
    }

    /** One sentence per line; the lines keep their ids, so empty lines are kept as empty sentences. */
    private static List<String> lines(Path p) {
        String text = TextFiles.read(p).replace("\r\n", "\n").replace('\r', '\n');
        List<String> out = new ArrayList<>(List.of(text.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }

    private static Language detect(Path p, List<String> lines) {
        Language l = Scripts.dominant(String.join("\n", lines));
        if (l == null) {
            throw new InputException(p, 0, "no English, Korean or Japanese text");
        }
        return l;
    }
}
