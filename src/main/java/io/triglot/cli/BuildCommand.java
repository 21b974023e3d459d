package io.triglot.cli;

import io.triglot.align.MemoryBuilder;
import io.triglot.align.ThreeWayAligner;
import io.triglot.index.TermIndex;
import io.triglot.index.TranslationMemory;
import io.triglot.io.tmx.TmxWriter;
import io.triglot.lang.Language;
import io.triglot.segment.SentenceSegmenter;
import java.util.ArrayList;
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
        header = "Import the glossaries, build the index, and align the samples into a TMX memory.",
        description = {"Reads every .tbx, .csv and .tsv file in the glossaries directory, checks them "
                + "(one line per problem, naming file and line), and replaces the termbase in the index in one commit. "
                + "Then segments and aligns the English, Korean and Japanese articles under samples/ into "
                + "three-language units, written to tmx/gsomia.tmx. Nothing is written unless every input is good."},
        footerHeading = "%nExamples:%n",
        footer = {"  triglot build", "  triglot build --glossaries my-glossaries --index /tmp/triglot-index"})
final class BuildCommand implements Callable<Integer> {
    @Option(names = "--glossaries", paramLabel = "DIR", defaultValue = "glossaries",
            description = "Glossary directory (default: ${DEFAULT-VALUE}).")
    Path glossaries;

    @Option(names = "--samples", paramLabel = "DIR", defaultValue = "samples",
            description = "Articles: DIR/en/NAME.txt with DIR/ko/NAME.txt and DIR/ja/NAME.txt (default: ${DEFAULT-VALUE}).")
    Path samples;

    @Option(names = "--tmx", paramLabel = "FILE", defaultValue = "tmx/gsomia.tmx",
            description = "Memory to write (default: ${DEFAULT-VALUE}).")
    Path tmx;

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
        if (Files.exists(samples) && !Files.isDirectory(samples)) {
            throw new io.triglot.io.InputException(samples, 0, "not a directory");
        }
        // Read and segment the samples before anything is written: bad input leaves index and memory as they were.
        List<String> warnings = new ArrayList<>();
        List<ThreeWayAligner.Article> articles = Files.isDirectory(samples)
                ? MemoryBuilder.readSamples(samples, SentenceSegmenter.withShippedRules(), warnings) : List.of();
        TermIndex.WriteResult r = TermIndex.replace(index.dir, merged.termbase(),
                files.stream().map(Path::toString).toList());
        MemoryBuilder.Result memory = null;
        if (!articles.isEmpty()) {
            try (TermIndex idx = TermIndex.open(index.dir)) {
                memory = MemoryBuilder.align(articles, idx, warnings);
            }
            new TmxWriter(Version.get(), Language.EN.regionTag()).write(memory.units(), tmx);
        }
        TranslationMemory.AddResult indexed = null;
        Path tmxDir = tmx.getParent() == null ? Path.of(".") : tmx.getParent();
        List<Path> memories = Files.isDirectory(tmxDir) ? IndexCommand.tmxFiles(List.of(tmxDir)) : List.of();
        if (!memories.isEmpty()) {
            indexed = IndexCommand.add(index.dir, memories, err);
        }
        warnings.forEach(w -> err.println("triglot: warning: " + w));
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
            if (memory != null) {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("tmx", tmx.toString());
                m.put("documents", memory.documents());
                Map<String, Integer> sentences = new LinkedHashMap<>();
                memory.sentences().forEach((l, n) -> sentences.put(l.code(), n));
                m.put("sentences", sentences);
                m.put("units", memory.units().size());
                m.put("linkTypes", memory.linkTypes());
                m.put("meanScore", Math.round(memory.meanScore() * 1000) / 1000.0);
                o.put("memory", m);
            }
            o.put("seconds", Math.round(seconds * 1000) / 1000.0);
            out.println(Json.write(o));
        } else {
            StringBuilder langs = new StringBuilder();
            r.termsByLanguage().forEach((k, v) -> langs.append(langs.length() == 0 ? "" : ", ").append(k).append(' ').append(v));
            out.printf("termbase: %d glossary file%s, %d concepts, %d terms (%s) -> index %s%n",
                    files.size(), files.size() == 1 ? "" : "s", r.concepts(), r.terms(), langs, index.dir);
            if (memory != null) {
                out.printf("memory: %d documents, sentences %s; %d units -> %s%n", memory.documents(),
                        MemoryBuilder.format(memory.sentences()), memory.units().size(), tmx);
                out.printf("links: %s; mean score %.2f%n", MemoryBuilder.formatTypes(memory.linkTypes()), memory.meanScore());
            }
            if (indexed != null) {
                out.printf("index: %d memor%s, %d units indexed, %d rejected%n", indexed.files(),
                        indexed.files() == 1 ? "y" : "ies", indexed.units(), indexed.rejected());
            }
            int warned = merged.warnings().size() + warnings.size();
            out.printf("build: done in %.1f s, %d warning%s%n", seconds, warned, warned == 1 ? "" : "s");
        }
        return ExitCodes.OK;
    }
}
