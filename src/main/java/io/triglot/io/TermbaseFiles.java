package io.triglot.io;

import io.triglot.io.csv.CsvTermbaseReader;
import io.triglot.io.csv.CsvTermbaseWriter;
import io.triglot.io.tbx.TbxReader;
import io.triglot.io.tbx.TbxWriter;
import io.triglot.model.Concept;
import io.triglot.model.TermStatus;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/** Reads and writes termbase files by extension, and merges several into one termbase. */
public final class TermbaseFiles {
    /** Termbase file formats. */
    public enum Format {
        TBX, TBX3, CSV, TSV;

        /** The format a file name implies: {@code .tbx}/{@code .xml} TBX v2, {@code .csv}, {@code .tsv}. */
        public static Format ofFile(Path p) {
            String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
            if (n.endsWith(".tbx") || n.endsWith(".xml")) {
                return TBX;
            }
            if (n.endsWith(".csv")) {
                return CSV;
            }
            if (n.endsWith(".tsv") || n.endsWith(".tab")) {
                return TSV;
            }
            throw new InputException(p, 0, "unknown termbase format (expected .tbx, .csv or .tsv)");
        }
    }

    private TermbaseFiles() {
    }

    /** Reads one file by its extension. */
    public static TermbaseFile read(Path file) {
        return switch (Format.ofFile(file)) {
            case TBX, TBX3 -> TbxReader.read(file);
            case CSV, TSV -> CsvTermbaseReader.read(file);
        };
    }

    /** Expands directories to the termbase files in them (sorted by name); files are kept as given. */
    public static List<Path> expand(List<Path> inputs) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) {
                    s.filter(f -> Files.isRegularFile(f) && isTermbaseName(f)).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    private static boolean isTermbaseName(Path f) {
        String n = f.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".tbx") || n.endsWith(".csv") || n.endsWith(".tsv");
    }

    /**
     * Reads several files into one termbase. A concept id defined in two files is an error naming both
     * places, and so is a term with status proposed (candidates go in through {@code glossary merge}).
     * Nothing is returned unless every file is good.
     */
    public static Merged readAll(List<Path> files) {
        Map<String, String> where = new LinkedHashMap<>();
        List<Concept> concepts = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        String title = null;
        for (Path f : files) {
            TermbaseFile tf = read(f);
            if (title == null) {
                title = tf.title();
            }
            warnings.addAll(tf.warnings());
            for (Concept c : tf.concepts()) {
                if (c.terms().stream().anyMatch(t -> t.status() == TermStatus.PROPOSED)) {
                    throw new InputException(f, tf.lineOf(c.id()), "concept '" + c.id() + "' has terms with status "
                            + "'proposed' (term candidates): review them and add them with 'triglot glossary merge'");
                }
                String here = f + ":" + tf.lineOf(c.id());
                String before = where.putIfAbsent(c.id(), here);
                if (before != null) {
                    throw new InputException(f, tf.lineOf(c.id()),
                            "duplicate concept id '" + c.id() + "' (also at " + before + ")");
                }
                concepts.add(c);
            }
        }
        return new Merged(new Termbase(title, concepts), files, warnings);
    }

    /** The result of {@link #readAll}. */
    public record Merged(Termbase termbase, List<Path> files, List<String> warnings) {
    }

    /** Writes a termbase atomically in the given format. */
    public static void write(Termbase tb, Path target, Format format, String generator) throws IOException {
        switch (format) {
            case TBX -> new TbxWriter(TbxWriter.Version.V2, generator).write(tb, target);
            case TBX3 -> new TbxWriter(TbxWriter.Version.V3, generator).write(tb, target);
            case CSV -> new CsvTermbaseWriter(',').write(tb, target);
            case TSV -> new CsvTermbaseWriter('\t').write(tb, target);
        }
    }
}
