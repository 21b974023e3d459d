package io.triglot.cli;

import io.triglot.index.TermIndex;
import io.triglot.io.InputException;
import io.triglot.io.TermbaseFiles;
import io.triglot.lang.Language;
import io.triglot.lang.LanguageTags;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot glossary}: import, export, list and count the termbase. */
@Command(name = "glossary", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Import, export, list and count the termbase (TBX v2/v3, CSV, TSV).",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {GlossaryCommand.Import.class, GlossaryCommand.Merge.class, GlossaryCommand.Export.class, GlossaryCommand.ListConcepts.class,
                GlossaryCommand.Stats.class})
final class GlossaryCommand implements Runnable {
    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw Main.missingSubcommand(spec, "command");
    }

    /** Reads files given on the command line (directories expand), printing warnings. */
    static TermbaseFiles.Merged readFiles(List<Path> inputs, CommandSpec spec) throws IOException {
        List<Path> files = TermbaseFiles.expand(inputs);
        if (files.isEmpty()) {
            throw new UsageException("no .tbx, .csv or .tsv files in " + inputs);
        }
        TermbaseFiles.Merged merged = TermbaseFiles.readAll(files);
        merged.warnings().forEach(w -> spec.commandLine().getErr().println("triglot: warning: " + w));
        return merged;
    }

    /** The termbase from files when given, else from the index. */
    static Termbase source(List<Path> inputs, Path indexDir, CommandSpec spec) throws IOException {
        if (inputs != null && !inputs.isEmpty()) {
            return readFiles(inputs, spec).termbase();
        }
        try (TermIndex idx = TermIndex.open(indexDir)) {
            return idx.termbase();
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Check glossary files and add their concepts to the index.",
            description = {"Reads TBX (v2 martif or v3), CSV or TSV files; directories are searched for such files. "
                    + "A concept id already in the index is an error unless --replace, which replaces the whole "
                    + "termbase with these files. The index changes in one commit, or not at all."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot glossary import new-terms.csv", "  triglot glossary import --replace glossaries/"})
    static final class Import implements Callable<Integer> {
        @Parameters(paramLabel = "FILE", arity = "0..*", description = "Files or directories (default: glossaries).")
        List<Path> files = new ArrayList<>();

        @Option(names = "--replace", description = "Replace the index's termbase instead of adding to it.")
        boolean replace;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            long t0 = System.nanoTime();
            List<Path> inputs = files.isEmpty() ? List.of(Path.of("glossaries")) : files;
            TermbaseFiles.Merged merged = readFiles(inputs, spec);
            List<Concept> all = new ArrayList<>();
            List<String> fileNames = new ArrayList<>();
            int before = 0;
            if (!replace && Files.isDirectory(index.dir.resolve("index"))) {
                try (TermIndex idx = TermIndex.open(index.dir)) {
                    all.addAll(idx.termbase().concepts());
                    fileNames.addAll(idx.meta().files());
                } catch (io.triglot.index.IndexException e) {
                    // an index without a termbase yet: start from nothing
                }
                before = all.size();
                Map<String, Boolean> existing = new LinkedHashMap<>();
                all.forEach(c -> existing.put(c.id(), true));
                for (Concept c : merged.termbase().concepts()) {
                    if (existing.containsKey(c.id())) {
                        throw new InputException(locate(merged, c.id()), 0, "concept id '" + c.id()
                                + "' is already in the index (use --replace to rebuild the termbase from these files)");
                    }
                }
            }
            all.addAll(merged.termbase().concepts());
            merged.files().forEach(f -> fileNames.add(f.toString()));
            TermIndex.WriteResult r = TermIndex.replace(index.dir, new Termbase(merged.termbase().title(), all), fileNames);
            spec.commandLine().getOut().printf("import: %d file%s, %d concepts added (%d in index, %d terms); %.2f s%n",
                    merged.files().size(), merged.files().size() == 1 ? "" : "s", all.size() - before, r.concepts(),
                    r.terms(), (System.nanoTime() - t0) / 1e9);
            return ExitCodes.OK;
        }

        private static Path locate(TermbaseFiles.Merged merged, String id) {
            for (Path f : merged.files()) {
                if (TermbaseFiles.read(f).lines().containsKey(id)) {
                    return f;
                }
            }
            return merged.files().get(0);
        }
    }

    @Command(name = "merge", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Add the accepted term candidates (from 'triglot terms extract') to a glossary file.",
            description = {"Reads a candidates file (TBX with terms of status 'proposed') and adds the accepted concepts "
                    + "to --into. A candidate is accepted when --all, when its id is in --accept, or when a reviewer "
                    + "changed one of its terms' status (to preferred or admitted) in the file; delete a term from the "
                    + "file to leave it out. A candidate with the id of a concept of the glossary (a new variant) adds "
                    + "its terms to that concept as admitted; a new concept's first term in each language becomes "
                    + "preferred, the others admitted. The glossary file is rewritten atomically in its own format, "
                    + "and the index's termbase, if there is an index, is updated in one commit."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot glossary merge candidates.tbx --accept proposed-kyodo,proposed-nippon-steel",
                    "  triglot glossary merge candidates.tbx --into glossaries/gsomia.tbx   (after editing statuses)",
                    "  triglot glossary merge candidates.tbx --all --into new-terms.tbx"})
    static final class Merge implements Callable<Integer> {
        @Parameters(paramLabel = "CANDIDATES", description = "The candidates file (.tbx).")
        Path candidates;

        @Option(names = "--into", paramLabel = "FILE",
                description = "The glossary file to add to (default: the one termbase file in glossaries/); created if missing.")
        Path into;

        @Option(names = "--accept", paramLabel = "ID", split = ",", description = "Accept these candidate concept ids.")
        List<String> accept = new ArrayList<>();

        @Option(names = "--all", description = "Accept every candidate.")
        boolean all;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            if (!Files.isRegularFile(candidates)) {
                throw new InputException(candidates, 0, "no such file");
            }
            Path target = into != null ? into : defaultGlossary();
            io.triglot.io.TermbaseFile cf = TermbaseFiles.read(candidates);
            cf.warnings().forEach(w -> spec.commandLine().getErr().println("triglot: warning: " + w));
            Termbase cand = new Termbase(cf.title(), cf.concepts());
            java.util.Set<String> ids = new java.util.HashSet<>();
            cand.concepts().forEach(c -> ids.add(c.id()));
            for (String a : accept) {
                if (!ids.contains(a)) {
                    throw new UsageException("--accept: no candidate concept '" + a + "' in " + candidates);
                }
            }
            Termbase before = Files.exists(target) ? TermbaseFiles.readAll(List.of(target)).termbase()
                    : new Termbase(null, List.of());
            io.triglot.terms.CandidateMerge.Result r = io.triglot.terms.CandidateMerge.merge(before, cand,
                    new java.util.HashSet<>(accept), all);
            TermbaseFiles.write(r.termbase(), target, TermbaseFiles.Format.ofFile(target), Version.generator());
            String indexNote = "";
            if (Files.isDirectory(index.dir.resolve("index"))) {
                List<Concept> concepts = new ArrayList<>();
                List<String> files;
                try (TermIndex idx = TermIndex.open(index.dir)) {
                    Map<String, Concept> merged = new LinkedHashMap<>();
                    r.termbase().concepts().forEach(c -> merged.put(c.id(), c));
                    for (Concept c : idx.termbase().concepts()) {
                        concepts.add(merged.getOrDefault(c.id(), c));
                        merged.remove(c.id());
                    }
                    concepts.addAll(merged.values());
                    files = new ArrayList<>(idx.meta().files());
                }
                if (!files.contains(target.toString())) {
                    files.add(target.toString());
                }
                TermIndex.replace(index.dir, new Termbase(r.termbase().title(), concepts), files);
                indexNote = "; index " + index.dir + " updated";
            }
            spec.commandLine().getOut().printf("merge: %d new concept%s, %d term%s added to %d existing concept%s, "
                            + "%d candidate%s not accepted -> %s%s%n",
                    r.conceptsAdded().size(), r.conceptsAdded().size() == 1 ? "" : "s", r.termsAdded(),
                    r.termsAdded() == 1 ? "" : "s", r.termsAddedTo().size(), r.termsAddedTo().size() == 1 ? "" : "s",
                    r.skipped().size(), r.skipped().size() == 1 ? "" : "s", target, indexNote);
            return ExitCodes.OK;
        }

        private static Path defaultGlossary() throws IOException {
            List<Path> files = Files.isDirectory(Path.of("glossaries")) ? TermbaseFiles.expand(List.of(Path.of("glossaries")))
                    : List.of();
            if (files.size() != 1) {
                throw new UsageException("say which glossary file to add to with --into (glossaries/ has "
                        + files.size() + " termbase files)");
            }
            return files.get(0);
        }
    }

    @Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Write the termbase as TBX (v2 or v3), CSV or TSV.",
            description = {"Exports the index's termbase, or converts --input files. The format follows --to, "
                    + "else the output file's extension (.tbx is TBX v2 TBX-Basic, what OmegaT and memoQ import). "
                    + "The file is written to a temporary name and renamed, so a failed export leaves nothing behind."},
            footerHeading = "%nExamples:%n",
            footer = {"  triglot glossary export -o gsomia.tbx", "  triglot glossary export --to csv -o gsomia.csv",
                    "  triglot glossary export --input glossaries/gsomia.tbx --to tbx3 -o gsomia-v3.tbx"})
    static final class Export implements Callable<Integer> {
        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
        Path output;

        @Option(names = "--to", paramLabel = "FORMAT",
                description = "tbx (TBX v2), tbx3 (TBX v3 / ISO 30042:2019), csv or tsv.")
        TermbaseFiles.Format to;

        @Option(names = "--input", paramLabel = "FILE", split = ",",
                description = "Read these files instead of the index.")
        List<Path> inputs;

        @Mixin
        IndexOption index;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            TermbaseFiles.Format fmt = to != null ? to
                    : output != null ? TermbaseFiles.Format.ofFile(output) : TermbaseFiles.Format.TBX;
            Termbase tb = source(inputs, index.dir, spec);
            if (output == null) {
                StringWriter sw = new StringWriter();
                switch (fmt) {
                    case TBX -> new io.triglot.io.tbx.TbxWriter(io.triglot.io.tbx.TbxWriter.Version.V2, Version.generator()).write(tb, sw);
                    case TBX3 -> new io.triglot.io.tbx.TbxWriter(io.triglot.io.tbx.TbxWriter.Version.V3, Version.generator()).write(tb, sw);
                    case CSV -> new io.triglot.io.csv.CsvTermbaseWriter(',').write(tb, sw);
                    case TSV -> new io.triglot.io.csv.CsvTermbaseWriter('\t').write(tb, sw);
                }
                spec.commandLine().getOut().print(sw);
                spec.commandLine().getOut().flush();
            } else {
                TermbaseFiles.write(tb, output, fmt, Version.generator());
                spec.commandLine().getErr().printf("export: %d concepts, %d terms -> %s (%s)%n",
                        tb.concepts().size(), tb.termCount(), output, fmt.name().toLowerCase());
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "List concepts and their terms.",
            footerHeading = "%nExamples:%n",
            footer = {"  triglot glossary list", "  triglot glossary list --status deprecated,forbidden --lang en",
                    "  triglot glossary list --concept gsomia --format json"})
    static final class ListConcepts implements Callable<Integer> {
        @Option(names = "--lang", paramLabel = "LANG", description = "Only terms in this language (en, ko, ja).")
        String lang;

        @Option(names = "--status", paramLabel = "STATUS", split = ",",
                description = "Only terms with these statuses (preferred, admitted, deprecated, forbidden).")
        List<String> statuses;

        @Option(names = "--concept", paramLabel = "ID", description = "Only this concept.")
        String concept;

        @Option(names = "--input", paramLabel = "FILE", split = ",", description = "Read these files instead of the index.")
        List<Path> inputs;

        @Mixin
        IndexOption index;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Language language;
            List<TermStatus> wanted = new ArrayList<>();
            try {
                language = lang == null ? null : Language.parse(lang);
                if (statuses != null) {
                    for (String s : statuses) {
                        wanted.add(TermStatus.parse(s));
                    }
                }
            } catch (IllegalArgumentException e) {
                throw new UsageException(e.getMessage());
            }
            Termbase tb = source(inputs, index.dir, spec);
            PrintWriter out = spec.commandLine().getOut();
            List<Object> json = new ArrayList<>();
            int shown = 0;
            for (Concept c : tb.concepts()) {
                if (concept != null && !c.id().equals(concept)) {
                    continue;
                }
                List<Term> terms = new ArrayList<>();
                for (Term t : c.termsByStatus()) {
                    if ((language == null || t.language().equals(language.code()))
                            && (wanted.isEmpty() || wanted.contains(t.status()))) {
                        terms.add(t);
                    }
                }
                if (terms.isEmpty()) {
                    continue;
                }
                shown++;
                if (format.json()) {
                    Map<String, Object> o = new LinkedHashMap<>();
                    o.put("conceptId", c.id());
                    o.put("subjectField", c.subjectField());
                    o.put("definition", c.definition());
                    o.put("note", c.note());
                    List<Object> ts = new ArrayList<>();
                    for (Term t : terms) {
                        Map<String, Object> tj = new LinkedHashMap<>();
                        tj.put("lang", t.lang());
                        tj.put("text", t.text());
                        tj.put("status", t.status().code());
                        tj.put("type", t.type().code());
                        tj.put("caseSensitive", t.caseSensitive());
                        tj.put("note", t.usageNote());
                        tj.put("sources", t.sources());
                        ts.add(tj);
                    }
                    o.put("terms", ts);
                    json.add(o);
                } else {
                    out.println(c.id() + (c.definition() == null ? "" : "  — " + c.definition()));
                    String last = null;
                    for (Term t : terms) {
                        out.printf("    %-6s %-10s %s%s%n", t.lang().equals(last) ? "" : t.lang(), t.status().code(),
                                t.text(), t.caseSensitive() ? "  (case-sensitive)" : "");
                        last = t.lang();
                    }
                }
            }
            if (format.json()) {
                out.println(Json.write(Map.of("concepts", json)));
            } else if (shown == 0) {
                out.println("no matching concepts");
            }
            if (concept != null && shown == 0) {
                throw new UsageException("no concept '" + concept + "'");
            }
            return ExitCodes.OK;
        }
    }

    @Command(name = "stats", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Count concepts and terms by language, status and type; flag gaps.",
            footerHeading = "%nExamples:%n",
            footer = {"  triglot glossary stats", "  triglot glossary stats --input glossaries/gsomia.tbx --format json"})
    static final class Stats implements Callable<Integer> {
        @Option(names = "--input", paramLabel = "FILE", split = ",", description = "Read these files instead of the index.")
        List<Path> inputs;

        @Mixin
        IndexOption index;

        @Mixin
        FormatOption format;

        @Spec
        CommandSpec spec;

        @Override
        public Integer call() throws IOException {
            Termbase tb = source(inputs, index.dir, spec);
            Map<String, Map<String, Integer>> byLangStatus = new TreeMap<>();
            Map<String, Integer> byType = new TreeMap<>();
            Map<String, List<String>> missingLanguage = new TreeMap<>();
            Map<String, List<String>> noPreferred = new TreeMap<>();
            int caseSensitive = 0;
            for (Concept c : tb.concepts()) {
                for (Language l : Language.values()) {
                    List<Term> ts = c.termsIn(l.code());
                    if (ts.isEmpty()) {
                        missingLanguage.computeIfAbsent(l.code(), k -> new ArrayList<>()).add(c.id());
                    } else if (ts.stream().noneMatch(t -> t.status() == TermStatus.PREFERRED)) {
                        noPreferred.computeIfAbsent(l.code(), k -> new ArrayList<>()).add(c.id());
                    }
                }
                for (Term t : c.terms()) {
                    Map<String, Integer> m = byLangStatus.computeIfAbsent(LanguageTags.primary(t.lang()), k -> {
                        Map<String, Integer> init = new LinkedHashMap<>();
                        for (TermStatus s : TermStatus.values()) {
                            init.put(s.code(), 0);
                        }
                        return init;
                    });
                    m.merge(t.status().code(), 1, Integer::sum);
                    byType.merge(t.type().code(), 1, Integer::sum);
                    if (t.caseSensitive()) {
                        caseSensitive++;
                    }
                }
            }
            PrintWriter out = spec.commandLine().getOut();
            if (format.json()) {
                Map<String, Object> o = new LinkedHashMap<>();
                o.put("concepts", tb.concepts().size());
                o.put("terms", tb.termCount());
                o.put("byLanguageAndStatus", byLangStatus);
                o.put("byType", byType);
                o.put("caseSensitive", caseSensitive);
                o.put("conceptsMissingLanguage", missingLanguage);
                o.put("conceptsWithoutPreferredTerm", noPreferred);
                out.println(Json.write(o));
                return ExitCodes.OK;
            }
            out.printf("%d concepts, %d terms (%d case-sensitive)%n%n", tb.concepts().size(), tb.termCount(), caseSensitive);
            out.printf("%-6s %9s %9s %10s %9s %6s%n", "lang", "preferred", "admitted", "deprecated", "forbidden", "total");
            for (var e : byLangStatus.entrySet()) {
                Map<String, Integer> m = e.getValue();
                out.printf("%-6s %9d %9d %10d %9d %6d%n", e.getKey(), m.get("preferred"), m.get("admitted"),
                        m.get("deprecated"), m.get("forbidden"), m.values().stream().mapToInt(Integer::intValue).sum());
            }
            out.println();
            out.print("types: ");
            List<String> parts = new ArrayList<>();
            for (TermType t : TermType.values()) {
                parts.add(t.code() + " " + byType.getOrDefault(t.code(), 0));
            }
            out.println(String.join(", ", parts));
            for (var e : missingLanguage.entrySet()) {
                out.printf("no %s term: %d concept%s (%s)%n", e.getKey(), e.getValue().size(),
                        e.getValue().size() == 1 ? "" : "s", abbreviate(e.getValue()));
            }
            for (var e : noPreferred.entrySet()) {
                out.printf("no preferred %s term: %d concept%s (%s)%n", e.getKey(), e.getValue().size(),
                        e.getValue().size() == 1 ? "" : "s", abbreviate(e.getValue()));
            }
            return ExitCodes.OK;
        }

        private static String abbreviate(List<String> ids) {
            return ids.size() <= 8 ? String.join(", ", ids)
                    : String.join(", ", ids.subList(0, 8)) + ", … " + (ids.size() - 8) + " more";
        }
    }
}
