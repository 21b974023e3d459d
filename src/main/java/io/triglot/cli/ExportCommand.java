package io.triglot.cli;

import io.triglot.index.TranslationMemory;
import io.triglot.io.AtomicFiles;
import io.triglot.io.InputException;
import io.triglot.io.TermbaseFiles;
import io.triglot.io.csv.BilingualGlossary;
import io.triglot.io.tbx.TbxWriter;
import io.triglot.io.tmx.TmxReader;
import io.triglot.io.tmx.TmxWriter;
import io.triglot.lang.Language;
import io.triglot.model.Termbase;
import io.triglot.model.TranslationUnit;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot export}: the memory and the termbase in the formats CAT tools import. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Export the memory (TMX 1.4b) and the termbase (TBX, OmegaT or CSV glossary) for CAT tools.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {ExportCommand.Tmx.class, ExportCommand.Tbx.class, ExportCommand.Glossary.class})
final class ExportCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Main.missingSubcommand(spec, "export");
    }

    @Command(name = "tmx", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Write the memory, or TMX files, as TMX 1.4b: bilingual or three-language.",
            description = {"Reads the index's memory (or converts --input TMX files) and writes the units that have "
                    + "every language of --langs, with those languages only, props kept, valid against the TMX 1.4 "
                    + "DTD. --codes region writes en-US, ko-KR, ja-JP; bare writes en, ko, ja; by default each text "
                    + "keeps the tag it was imported with. --min-score keeps units whose x-align-score is at least S "
                    + "(units from other tools, without one, are kept). The file is written under a temporary name "
                    + "and renamed: a failed export leaves nothing behind."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot export tmx --langs en,ko --codes bare -o gsomia-en-ko.tmx",
                    "  triglot export tmx --document sankei-2019-11-23 -o sankei.tmx",
                    "  triglot export tmx --input tmx/gsomia.tmx --langs en,ja --min-score 0.9 -o en-ja.tmx"})
    static final class Tmx implements Callable<Integer> {
        /** How language tags are written. */
        enum Codes { keep, region, bare }

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Output TMX file.")
        Path output;

        @Option(names = "--langs", paramLabel = "L,L[,L]", split = ",", defaultValue = "en,ko,ja",
                description = "Languages to write, source first (default: ${DEFAULT-VALUE}).")
        List<String> langs;

        @Option(names = "--codes", paramLabel = "CODES", defaultValue = "keep",
                description = "Language tags: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Codes codes;

        @Option(names = "--document", paramLabel = "D", description = "Only the units of this document (x-document).")
        String document;

        @Option(names = "--min-score", paramLabel = "S", description = "Only units aligned with at least this score (0 to 1).")
        Double minScore;

        @Option(names = "--input", paramLabel = "FILE", split = ",", description = "Convert these TMX files instead of the index.")
        List<Path> inputs;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<Language> ls = languages(langs);
            if (minScore != null && (minScore < 0 || minScore > 1)) {
                throw new UsageException("--min-score must be between 0 and 1");
            }
            int[] counts = new int[2]; // read, written
            List<String> rejected = new ArrayList<>();
            TmxWriter writer = new TmxWriter(Version.get(), tag(ls.get(0), ls.get(0).regionTag()));
            writer.write(sink -> {
                java.util.function.Consumer<TranslationUnit> each = u -> {
                    counts[0]++;
                    TranslationUnit out = select(u, ls);
                    if (out != null) {
                        try {
                            sink.write(out);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                        counts[1]++;
                    }
                };
                try {
                    if (inputs == null) {
                        TranslationMemory.forEachUnit(index.dir, document, each);
                    } else {
                        for (Path f : inputs) {
                            TmxReader.read(f, each, r -> rejected.add(r.describe()));
                        }
                    }
                } catch (UncheckedIOException e) {
                    throw e.getCause();
                }
            }, output);
            for (String r : rejected) {
                spec.commandLine().getErr().println("triglot: rejected: " + r);
            }
            spec.commandLine().getErr().printf("export tmx: %d units read, %d written (%s), %d rejected -> %s%n",
                    counts[0], counts[1], String.join("-", ls.stream().map(Language::code).toList()), rejected.size(), output);
            return rejected.isEmpty() ? ExitCodes.OK : ExitCodes.FINDINGS;
        }

        /** The unit with the chosen languages only, re-tagged; null when it lacks one or is filtered out. */
        private TranslationUnit select(TranslationUnit u, List<Language> ls) {
            if (inputs != null && document != null && u.props().stream()
                    .noneMatch(p -> p.type().equals("x-document") && p.value().equals(document))) {
                return null;
            }
            if (minScore != null) {
                for (TranslationUnit.Prop p : u.props()) {
                    if (p.type().equals("x-align-score")) {
                        try {
                            if (Double.parseDouble(p.value()) < minScore) {
                                return null;
                            }
                        } catch (NumberFormatException e) {
                            return null;
                        }
                    }
                }
            }
            Map<String, String> texts = new LinkedHashMap<>();
            Map<String, String> tagByOld = new LinkedHashMap<>();
            for (Language l : ls) {
                String tag = null;
                for (String t : u.texts().keySet()) {
                    if (Language.ofTag(t) == l) {
                        tag = t;
                        break;
                    }
                }
                if (tag == null) {
                    return null;
                }
                texts.put(tag(l, tag), u.texts().get(tag));
                tagByOld.put(tag, tag(l, tag));
            }
            List<TranslationUnit.Prop> props = new ArrayList<>();
            for (TranslationUnit.Prop p : u.props()) {
                // link props name the pairs a unit was aligned in: only those of the languages written
                if (p.type().startsWith("x-link-") && !ls.contains(Language.ofTag(p.type().substring(p.type().length() - 2)))) {
                    continue;
                }
                props.add(p);
            }
            return u.withTexts(texts, tagByOld, props);
        }

        private String tag(Language l, String original) {
            return switch (codes) {
                case keep -> original;
                case region -> l.regionTag();
                case bare -> l.code();
            };
        }
    }

    static List<Language> languages(List<String> codes) {
        List<Language> out = new ArrayList<>();
        for (String c : codes) {
            try {
                Language l = Language.parse(c.trim());
                if (out.contains(l)) {
                    throw new UsageException("--langs names " + l + " twice");
                }
                out.add(l);
            } catch (IllegalArgumentException e) {
                throw new UsageException("--langs: " + e.getMessage());
            }
        }
        if (out.size() < 2) {
            throw new UsageException("--langs needs at least two languages (en,ko or en,ko,ja)");
        }
        return out;
    }

    @Command(name = "tbx", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Write the termbase as TBX-Basic (TBX v2 martif, what OmegaT and memoQ import; v3 on request).",
            footerHeading = "%nExamples:%n",
            footer = {"  triglot export tbx -o gsomia.tbx", "  triglot export tbx --tbx-version 3 -o gsomia-v3.tbx"})
    static final class Tbx implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", required = true, description = "Output TBX file.")
        Path output;

        @Option(names = "--tbx-version", paramLabel = "2|3", defaultValue = "2",
                description = "TBX v2 (martif, TBX-Basic) or v3 (ISO 30042:2019) (default: ${DEFAULT-VALUE}).")
        int version;

        @Option(names = "--input", paramLabel = "FILE", split = ",", description = "Convert these termbase files instead of the index.")
        List<Path> inputs;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (version != 2 && version != 3) {
                throw new UsageException("--tbx-version must be 2 or 3");
            }
            Termbase tb = GlossaryCommand.source(inputs, index.dir, spec);
            TermbaseFiles.write(tb, output, version == 2 ? TermbaseFiles.Format.TBX : TermbaseFiles.Format.TBX3, Version.generator());
            spec.commandLine().getErr().printf("export tbx: %d concepts, %d terms -> %s (TBX v%d)%n",
                    tb.concepts().size(), tb.termCount(), output, version);
            return ExitCodes.OK;
        }
    }

    @Command(name = "glossary", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Write a bilingual glossary: OmegaT's tab-separated format, or CSV.",
            description = {"One row per source term (deprecated ones too: a source text may hold them), its "
                    + "translation (the target's preferred term, else an admitted one) and a comment: the concept, "
                    + "the source term's status and what to use instead, the other approved target terms, the "
                    + "target term's usage note. --format omegat writes source, target and comment separated by tabs, "
                    + "no header (put it in an OmegaT project's glossary/ folder); csv writes RFC 4180 with a header."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot export glossary --format omegat --pair en-ko -o glossary/gsomia-en-ko.txt",
                    "  triglot export glossary --format csv --pair en-ja -o gsomia-en-ja.csv"})
    static final class Glossary implements Callable<Integer> {
        /** Glossary formats. */
        enum Format { omegat, csv }

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
        Path output;

        @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "omegat",
                description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
        Format format;

        @Option(names = "--pair", paramLabel = "SRC-TGT", defaultValue = "en-ko",
                description = "Source and target language (default: ${DEFAULT-VALUE}).")
        String pair;

        @Option(names = "--input", paramLabel = "FILE", split = ",", description = "Read these termbase files instead of the index.")
        List<Path> inputs;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            List<Language> ls = languages(List.of(pair.split("[-_:/]")));
            if (ls.size() != 2) {
                throw new UsageException("--pair is two languages, such as en-ko");
            }
            Termbase tb = GlossaryCommand.source(inputs, index.dir, spec);
            List<BilingualGlossary.Row> rows = BilingualGlossary.rows(tb, ls.get(0), ls.get(1));
            AtomicFiles.WriterBody body = w -> {
                if (format == Format.omegat) {
                    BilingualGlossary.writeOmegaT(rows, w);
                } else {
                    BilingualGlossary.writeCsv(rows, w);
                }
            };
            if (output == null) {
                StringWriter sw = new StringWriter();
                body.write(sw);
                spec.commandLine().getOut().print(sw);
                spec.commandLine().getOut().flush();
            } else {
                if (output.getParent() != null && !Files.isDirectory(output.getParent())) {
                    throw new InputException(output.getParent(), 0, "no such directory");
                }
                AtomicFiles.writeText(output, body);
                spec.commandLine().getErr().printf("export glossary: %d entries (%s) -> %s (%s)%n", rows.size(), pair,
                        output, format);
            }
            return ExitCodes.OK;
        }
    }
}
