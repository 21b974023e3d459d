package io.triglot.io.csv;

import io.triglot.io.AtomicFiles;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Writes the CSV/TSV termbase layout of {@link CsvColumns}, UTF-8 without BOM, CRLF as RFC 4180 asks. */
public final class CsvTermbaseWriter {
    private final char delimiter;

    public CsvTermbaseWriter(char delimiter) {
        this.delimiter = delimiter;
    }

    /** Writes atomically to a file. */
    public void write(Termbase tb, Path target) throws IOException {
        AtomicFiles.writeText(target, w -> write(tb, w));
    }

    /** Writes to a stream. */
    public void write(Termbase tb, Writer w) throws IOException {
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiter)
                .setHeader(CsvColumns.ALL.toArray(String[]::new)).build();
        CSVPrinter p = new CSVPrinter(w, format);
        for (Concept c : tb.concepts()) {
            for (Term t : c.terms()) {
                p.printRecord(c.id(), nz(c.subjectField()), nz(c.definition()), nz(c.note()),
                        CsvColumns.formatSources(c.sources()), t.lang(), t.text(), t.status().code(),
                        t.type().code(), t.caseSensitive() ? "true" : "false", nz(t.usageNote()),
                        CsvColumns.formatSources(t.sources()));
            }
        }
        p.flush();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
