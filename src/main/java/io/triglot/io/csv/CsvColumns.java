package io.triglot.io.csv;

import io.triglot.lang.TextNormalizer;
import io.triglot.model.Source;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV/TSV termbase layout: one row per term; concept fields repeat on each row of the concept
 * (or stand on its first row only). Sources are {@code DOC} or {@code DOC «quote»}, several joined by
 * {@code " | "}.
 */
public final class CsvColumns {
    public static final String CONCEPT_ID = "concept_id";
    public static final String SUBJECT_FIELD = "subject_field";
    public static final String DEFINITION = "definition";
    public static final String CONCEPT_NOTE = "concept_note";
    public static final String CONCEPT_SOURCES = "concept_sources";
    public static final String LANG = "lang";
    public static final String TERM = "term";
    public static final String STATUS = "status";
    public static final String TYPE = "type";
    public static final String CASE_SENSITIVE = "case_sensitive";
    public static final String USAGE_NOTE = "usage_note";
    public static final String TERM_SOURCES = "term_sources";

    /** All columns, in the order the writer uses. */
    public static final List<String> ALL = List.of(CONCEPT_ID, SUBJECT_FIELD, DEFINITION, CONCEPT_NOTE,
            CONCEPT_SOURCES, LANG, TERM, STATUS, TYPE, CASE_SENSITIVE, USAGE_NOTE, TERM_SOURCES);

    /** Columns a file must have. */
    public static final List<String> REQUIRED = List.of(CONCEPT_ID, LANG, TERM);

    private CsvColumns() {
    }

    /** Formats sources as {@code DOC «quote» | DOC}. */
    public static String formatSources(List<Source> sources) {
        List<String> parts = new ArrayList<>();
        for (Source s : sources) {
            parts.add(s.quote() == null ? s.document()
                    : (s.document().isEmpty() ? "" : s.document() + " ") + "«" + s.quote() + "»");
        }
        return String.join(" | ", parts);
    }

    /** Parses what {@link #formatSources} writes; a {@code |} inside «…» does not split. */
    public static List<Source> parseSources(String cell) {
        List<Source> out = new ArrayList<>();
        if (cell == null || cell.isBlank()) {
            return out;
        }
        List<String> parts = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        boolean inQuote = false;
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '«') {
                inQuote = true;
            } else if (c == '»') {
                inQuote = false;
            }
            if (c == '|' && !inQuote) {
                parts.add(cur.toString());
                cur.setLength(0);
            } else {
                cur.append(c);
            }
        }
        parts.add(cur.toString());
        for (String p : parts) {
            String s = p.trim();
            if (s.isEmpty()) {
                continue;
            }
            int open = s.indexOf('«');
            if (open >= 0 && s.endsWith("»")) {
                String doc = TextNormalizer.clean(s.substring(0, open));
                String quote = s.substring(open + 1, s.length() - 1);
                out.add(new Source(doc, TextNormalizer.clean(quote)));
            } else {
                out.add(Source.of(TextNormalizer.clean(s)));
            }
        }
        return out;
    }
}
