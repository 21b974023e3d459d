package io.triglot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.io.csv.CsvTermbaseReader;
import io.triglot.model.Concept;
import io.triglot.model.Source;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import io.triglot.model.Termbase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvTermbaseTest {
    @TempDir
    Path tmp;

    static final String HEADER = "concept_id,subject_field,definition,concept_note,concept_sources,lang,term,status,type,"
            + "case_sensitive,usage_note,term_sources\n";

    @Test
    void csvAndTsvRoundTripsAreLossless() throws Exception {
        Termbase tb = TbxReaderTest.sample();
        for (TermbaseFiles.Format fmt : List.of(TermbaseFiles.Format.CSV, TermbaseFiles.Format.TSV)) {
            Path out = tmp.resolve("rt." + fmt.name().toLowerCase());
            TermbaseFiles.write(tb, out, fmt, "t");
            assertEquals(tb.concepts(), TermbaseFiles.read(out).concepts(), "round trip through " + fmt);
        }
    }

    @Test
    void readsQuotedFieldsBomAndConceptFieldsOnFirstRowOnly() {
        String csv = "\uFEFF" + HEADER
                + "white-list,trade,\"Japan's list of trusted trading partners, \"\"Group A\"\" since 2019\",,"
                + "joongang-2019-08-22 «its so-called white list countries | and more»,en-US,white list,preferred,fullForm,"
                + "false,,joongang-2019-08-22 | eurasiareview-2019-11\n"
                + "white-list,,,,,ko,화이트리스트,preferred,,,,\n"
                + "white-list,,,,,ko-KR,백색국가,admitted,variant,no,\"Government usage,\nstill common\",\n"
                + "\n"
                + "white-list,,,,,JA_jp,ホワイト国,,,,,\n";
        Path p = TestFiles.write(tmp, "wl.csv", csv);
        TermbaseFile f = CsvTermbaseReader.read(p);
        Concept c = f.concepts().get(0);
        assertEquals("Japan's list of trusted trading partners, \"Group A\" since 2019", c.definition());
        assertEquals(List.of(new Source("joongang-2019-08-22", "its so-called white list countries | and more")), c.sources());
        assertEquals(List.of(Source.of("joongang-2019-08-22"), Source.of("eurasiareview-2019-11")), c.terms().get(0).sources());
        assertEquals(4, c.terms().size());
        assertEquals("Government usage,\nstill common", c.terms().get(2).usageNote());
        assertEquals("ja-JP", c.terms().get(3).lang());
        assertEquals(TermStatus.ADMITTED, c.terms().get(3).status(), "empty status means admitted");
        assertEquals(TermType.VARIANT, c.terms().get(2).type());
        assertEquals(2, f.lineOf("white-list"), "the concept starts on its first row");
    }

    @Test
    void tsvNeedsOnlyTheRequiredColumns() {
        Path p = TestFiles.write(tmp, "min.tsv", "concept_id\tlang\tterm\tstatus\nwto\ten\tWorld Trade Organization\tpreferred\n"
                + "wto\tko\t세계무역기구\tpreferred\nwto\tja\t世界貿易機関\tpreferred\n");
        TermbaseFile f = CsvTermbaseReader.read(p);
        assertEquals(3, f.concepts().get(0).terms().size());
    }

    private InputException fails(String name, String content) {
        Path p = TestFiles.write(tmp, name, content);
        return assertThrows(InputException.class, () -> CsvTermbaseReader.read(p));
    }

    @Test
    void badInputNamesFileAndLine() {
        InputException e = fails("lang.csv", HEADER + "a,,,,,en,x,,,,,\na,,,,,kor-ean,y,,,,,\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown language code 'kor-ean'"), e.getMessage());

        e = fails("status.csv", HEADER + "a,,,,,en,x,best,,,,\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("unknown term status 'best'"));

        e = fails("fields.csv", HEADER + "a,,,,,en,x,,,\n");
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("row has 10 fields, header has 12"));

        e = fails("column.csv", "concept_id,lang,term,stauts\na,en,x,preferred\n");
        assertEquals(1, e.line());
        assertTrue(e.getMessage().contains("unknown column 'stauts'"));

        e = fails("required.csv", "concept_id,term\na,x\n");
        assertTrue(e.getMessage().contains("missing column 'lang'"));

        e = fails("conflict.csv", HEADER + "a,law,,,,en,x,,,,,\na,trade,,,,ko,y,,,,,\n");
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("two different values for subject_field"));

        e = fails("twice.csv", HEADER + "a,,,,,en-US,x,,,,,\na,,,,,EN_us,x,,,,,\n");
        assertTrue(e.getMessage().contains("lists the en-US term 'x' twice"), e.getMessage());

        e = fails("quote.csv", HEADER + "a,,,,,en,\"unterminated,,,,,\n");
        assertTrue(e.getMessage().startsWith("malformed CSV"), e.getMessage());

        e = fails("empty.csv", "\n\n");
        assertEquals("empty file", e.getMessage());

        e = fails("fr.csv", HEADER + "a,,,,,fr,bonjour,,,,,\n");
        assertTrue(e.getMessage().contains("unsupported language 'fr'"));
    }

    @Test
    void badUtf8IsReportedWithItsLine() throws Exception {
        byte[] head = (HEADER + "a,,,,,en,x,,,,,\n").getBytes(StandardCharsets.UTF_8);
        byte[] bad = "a,,,,,ko,\u00c7,,,,,\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] all = new byte[head.length + bad.length];
        System.arraycopy(head, 0, all, 0, head.length);
        System.arraycopy(bad, 0, all, head.length, bad.length);
        Path p = TestFiles.writeBytes(tmp, "bad.csv", all);
        InputException e = assertThrows(InputException.class, () -> CsvTermbaseReader.read(p));
        assertEquals(3, e.line());
        assertEquals(p + ":3: not valid UTF-8 (byte 0xC7)", e.describe());
        assertTrue(Files.exists(p));
    }
}
