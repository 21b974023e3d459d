package io.triglot.io.csv;

import io.triglot.lang.Language;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * A termbase flattened to a bilingual glossary for CAT tools: one row per source term (in any status, since a
 * source text may hold a deprecated form), its translation (the target language's preferred term of the same
 * form, an acronym for an acronym, else its preferred term; admitted ones when none is preferred), and a comment with the concept, the source term's status and what to use instead, and the
 * other approved target terms. Concepts without an approved target term are left out.
 */
public final class BilingualGlossary {
    /** A glossary row. */
    public record Row(String source, String target, String comment) {
    }

    private BilingualGlossary() {
    }

    /** The rows for a language pair, in termbase order. */
    public static List<Row> rows(Termbase tb, Language source, Language target) {
        List<Row> out = new ArrayList<>();
        for (Concept c : tb.concepts()) {
            if (best(c.termsIn(target.code()), null) == null) {
                continue;
            }
            for (Term s : c.termsIn(source.code())) {
                // an acronym is rendered by an acronym, a full form by a full form, where the target has one
                Term tgt = best(c.termsIn(target.code()), s.status().discouraged()
                        ? c.replacementFor(s).map(Term::type).orElse(s.type()) : s.type());
                List<String> others = new ArrayList<>();
                for (Term t : c.termsIn(target.code())) {
                    if (t != tgt && !t.status().discouraged()) {
                        others.add(t.text());
                    }
                }
                StringBuilder comment = new StringBuilder(c.id());
                if (s.status().discouraged()) {
                    comment.append("; ").append(s.status().code());
                    c.replacementFor(s).ifPresent(r -> comment.append(", use \"").append(r.text()).append('"'));
                }
                if (!others.isEmpty()) {
                    comment.append("; also ").append(String.join(", ", others));
                }
                if (tgt.usageNote() != null) {
                    comment.append("; ").append(tgt.usageNote());
                }
                out.add(new Row(s.text(), tgt.text(), comment.toString()));
            }
        }
        return out;
    }

    /** The preferred term of that type, else an admitted one of it, else the preferred term, else an admitted one. */
    private static Term best(List<Term> terms, io.triglot.model.TermType type) {
        for (boolean sameType : new boolean[] {true, false}) {
            if (sameType && type == null) {
                continue;
            }
            for (TermStatus want : new TermStatus[] {TermStatus.PREFERRED, TermStatus.ADMITTED}) {
                for (Term t : terms) {
                    if (t.status() == want && (!sameType || t.type() == type)) {
                        return t;
                    }
                }
            }
        }
        return null;
    }

    /**
     * OmegaT's glossary format: UTF-8, one entry per line, source, target and comment separated by tabs, no
     * header and no quoting (tabs and line breaks inside a field become spaces).
     */
    public static void writeOmegaT(List<Row> rows, Writer w) throws IOException {
        for (Row r : rows) {
            w.write(flat(r.source()) + '\t' + flat(r.target()) + '\t' + flat(r.comment()) + '\n');
        }
    }

    /** RFC 4180 CSV with a header row: source, target, comment. */
    public static void writeCsv(List<Row> rows, Writer w) throws IOException {
        CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setHeader("source", "target", "comment").build());
        for (Row r : rows) {
            p.printRecord(r.source(), r.target(), r.comment());
        }
        p.flush(); // the writer belongs to the caller (an atomic file, or standard output)
    }

    private static String flat(String s) {
        return s.replaceAll("[\\t\\r\\n]+", " ");
    }
}
