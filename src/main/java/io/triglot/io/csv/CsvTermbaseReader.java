package io.triglot.io.csv;

import io.triglot.io.InputException;
import io.triglot.io.TermbaseFile;
import io.triglot.io.TextFiles;
import io.triglot.lang.LanguageTags;
import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Source;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a CSV (comma) or TSV (tab) termbase with a header row; see {@link CsvColumns}. */
public final class CsvTermbaseReader {
    private CsvTermbaseReader() {
    }

    /** Reads a file; the delimiter follows the extension ({@code .tsv} is tab-separated). */
    public static TermbaseFile read(Path file) {
        boolean tsv = file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".tsv");
        return read(file, TextFiles.read(file), tsv ? '\t' : ',');
    }

    /** Reads already-decoded text. */
    public static TermbaseFile read(Path file, String text, char delimiter) {
        int[] lineStarts = lineStarts(text);
        CSVFormat format = CSVFormat.RFC4180.builder()
                .setDelimiter(delimiter)
                .setIgnoreEmptyLines(true)
                .setTrim(false)
                .build();
        List<String> warnings = new ArrayList<>();
        Map<String, Builder> builders = new LinkedHashMap<>();
        Map<String, Integer> lines = new LinkedHashMap<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Map<String, Integer> header = null;
            for (CSVRecord rec : parser) {
                int line = lineOf(lineStarts, rec.getCharacterPosition());
                if (header == null) {
                    header = readHeader(file, rec, line);
                    continue;
                }
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
                }
                if (rec.size() != header.size()) {
                    throw new InputException(file, line, "row has " + rec.size() + " fields, header has "
                            + header.size() + (delimiter == ',' ? " (unquoted comma?)" : ""));
                }
                readRow(file, header, rec, line, builders, lines);
            }
            if (header == null) {
                throw new InputException(file, 0, "empty file");
            }
        } catch (IOException | UncheckedIOException e) {
            String msg = e.getMessage() == null ? e.toString() : e.getMessage();
            throw new InputException(file, lineFromMessage(msg), "malformed CSV: " + msg.replaceAll("\\s+", " "));
        } catch (IllegalStateException e) {
            throw new InputException(file, 0, "malformed CSV: " + e.getMessage());
        }
        List<Concept> concepts = new ArrayList<>();
        for (Builder b : builders.values()) {
            concepts.add(b.build());
        }
        return new TermbaseFile(file, null, concepts, lines, warnings);
    }

    private static Map<String, Integer> readHeader(Path file, CSVRecord rec, int line) {
        Map<String, Integer> header = new LinkedHashMap<>();
        for (int i = 0; i < rec.size(); i++) {
            String name = rec.get(i).trim().toLowerCase(Locale.ROOT).replace(' ', '_');
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (!CsvColumns.ALL.contains(name)) {
                throw new InputException(file, line, "unknown column '" + rec.get(i).trim() + "' (columns are "
                        + String.join(", ", CsvColumns.ALL) + ")");
            }
            if (header.put(name, i) != null) {
                throw new InputException(file, line, "column '" + name + "' appears twice");
            }
        }
        for (String required : CsvColumns.REQUIRED) {
            if (!header.containsKey(required)) {
                throw new InputException(file, line, "missing column '" + required + "' (required: "
                        + String.join(", ", CsvColumns.REQUIRED) + ")");
            }
        }
        return header;
    }

    private static void readRow(Path file, Map<String, Integer> header, CSVRecord rec, int line,
                                Map<String, Builder> builders, Map<String, Integer> lines) {
        String id = cell(header, rec, CsvColumns.CONCEPT_ID);
        if (id == null) {
            throw new InputException(file, line, "empty concept_id");
        }
        String text = cell(header, rec, CsvColumns.TERM);
        if (text == null) {
            throw new InputException(file, line, "empty term");
        }
        String rawLang = cell(header, rec, CsvColumns.LANG);
        String lang;
        try {
            lang = LanguageTags.normalize(rawLang);
            if (!LanguageTags.isSupported(lang)) {
                throw new IllegalArgumentException("unsupported language '" + lang + "' (triglot handles en, ko and ja)");
            }
            TermStatus status = parseOr(cell(header, rec, CsvColumns.STATUS), TermStatus::parse, TermStatus.ADMITTED);
            TermType type = parseOr(cell(header, rec, CsvColumns.TYPE), TermType::parse, TermType.FULL_FORM);
            boolean cs = parseOr(cell(header, rec, CsvColumns.CASE_SENSITIVE), CsvTermbaseReader::parseBool, false);
            Term term = new Term(text, lang, status, type, cell(header, rec, CsvColumns.USAGE_NOTE), cs,
                    CsvColumns.parseSources(raw(header, rec, CsvColumns.TERM_SOURCES)));
            Builder b = builders.computeIfAbsent(id, Builder::new);
            lines.putIfAbsent(id, line);
            b.merge(CsvColumns.SUBJECT_FIELD, cell(header, rec, CsvColumns.SUBJECT_FIELD));
            b.merge(CsvColumns.DEFINITION, cell(header, rec, CsvColumns.DEFINITION));
            b.merge(CsvColumns.CONCEPT_NOTE, cell(header, rec, CsvColumns.CONCEPT_NOTE));
            b.mergeSources(CsvColumns.parseSources(raw(header, rec, CsvColumns.CONCEPT_SOURCES)));
            if (!b.termKeys.add(lang + "\u0000" + text)) {
                throw new IllegalArgumentException("concept '" + id + "' lists the " + lang + " term '" + text + "' twice");
            }
            b.terms.add(term);
        } catch (IllegalArgumentException e) {
            throw new InputException(file, line, e.getMessage());
        }
    }

    private static boolean parseBool(String s) {
        switch (s.trim().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1", "x" -> {
                return true;
            }
            case "false", "no", "n", "0", "" -> {
                return false;
            }
            default -> throw new IllegalArgumentException("case_sensitive must be true or false, not '" + s + "'");
        }
    }

    private static <T> T parseOr(String value, java.util.function.Function<String, T> parse, T dflt) {
        return value == null ? dflt : parse.apply(value);
    }

    private static String raw(Map<String, Integer> header, CSVRecord rec, String column) {
        Integer i = header.get(column);
        return i == null ? null : rec.get(i);
    }

    private static String cell(Map<String, Integer> header, CSVRecord rec, String column) {
        String v = raw(header, rec, column);
        if (v == null) {
            return null;
        }
        v = column.equals(CsvColumns.CONCEPT_NOTE) || column.equals(CsvColumns.USAGE_NOTE)
                ? TextNormalizer.cleanLines(v) : TextNormalizer.clean(v);
        return v.isEmpty() ? null : v;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int lineOf(int[] starts, long position) {
        int lo = 0;
        int hi = starts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= position) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    private static int lineFromMessage(String msg) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line (\\d+)").matcher(msg);
        return m.find() ? Integer.parseInt(m.group(1)) : 0;
    }

    /** Collects the rows of one concept, refusing conflicting concept fields. */
    private static final class Builder {
        final String id;
        final Map<String, String> fields = new LinkedHashMap<>();
        final List<Source> sources = new ArrayList<>();
        final List<Term> terms = new ArrayList<>();
        final Set<String> termKeys = new HashSet<>();

        Builder(String id) {
            this.id = id;
        }

        void merge(String column, String value) {
            if (value == null) {
                return;
            }
            String old = fields.putIfAbsent(column, value);
            if (old != null && !Objects.equals(old, value)) {
                throw new IllegalArgumentException("concept '" + id + "' has two different values for " + column
                        + " ('" + old + "' and '" + value + "')");
            }
        }

        void mergeSources(List<Source> more) {
            for (Source s : more) {
                if (!sources.contains(s)) {
                    sources.add(s);
                }
            }
        }

        Concept build() {
            return new Concept(id, fields.get(CsvColumns.SUBJECT_FIELD), fields.get(CsvColumns.DEFINITION),
                    fields.get(CsvColumns.CONCEPT_NOTE), sources, terms);
        }
    }
}
