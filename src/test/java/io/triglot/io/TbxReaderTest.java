package io.triglot.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.io.tbx.TbxReader;
import io.triglot.io.tbx.TbxWriter;
import io.triglot.model.Concept;
import io.triglot.model.Source;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import io.triglot.model.Termbase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TbxReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsTbxV3DcaWithNormalizedLanguages() {
        TermbaseFile f = TbxReader.read(TestFiles.resource("tbx/v3-basic.tbx"));
        assertEquals("TBX v3 sample", f.title());
        Concept tisa = f.concepts().get(0);
        assertEquals("tisa", tisa.id());
        assertEquals("defense", tisa.subjectField());
        assertTrue(tisa.definition().startsWith("2014 arrangement"));
        List<Term> en = tisa.termsIn("en");
        assertEquals(3, en.size());
        assertEquals(new Source("koreaherald-2019-11-19",
                "the existing Trilateral Information Sharing Arrangement signed by Korea, the US and Japan in 2014"),
                en.get(0).sources().get(0));
        assertEquals(TermStatus.DEPRECATED, en.get(1).status());
        assertEquals("The 2014 instrument is an arrangement, not an agreement.", en.get(1).usageNote());
        assertEquals(TermType.ACRONYM, en.get(2).type());
        assertTrue(en.get(2).caseSensitive());
        assertEquals("ko-KR", tisa.termsIn("ko").get(0).lang());
        assertEquals("ja-JP", tisa.termsIn("ja").get(0).lang());
    }

    @Test
    void readsTbxV2NtigSkipsOtherLanguagesAndDerivesMissingIds() {
        TermbaseFile f = TbxReader.read(TestFiles.resource("tbx/v2-ntig.tbx"));
        assertEquals(2, f.concepts().size());
        Concept bh = f.concepts().get(0);
        assertEquals("Presidential office of South Korea until 2022.", bh.note());
        assertEquals(4, bh.terms().size(), "the French term is skipped");
        assertEquals(TermType.TRANSLITERATION, bh.terms().get(1).type());
        assertEquals(List.of(Source.of("joongang-2019-08-22")), bh.terms().get(0).sources());
        assertEquals(1, f.warnings().size());
        assertTrue(f.warnings().get(0).contains("'fr'"));
        Concept derived = f.concepts().get(1);
        assertTrue(derived.id().matches("c[0-9a-f]{12}"), derived.id());
        assertEquals(TermStatus.ADMITTED, derived.terms().get(0).status(), "no status means admitted");
        // stable: the same file gives the same id
        assertEquals(derived.id(), TbxReader.read(TestFiles.resource("tbx/v2-ntig.tbx")).concepts().get(1).id());
    }

    @Test
    void v2AndV3RoundTripsAreLossless() throws Exception {
        Termbase original = sample();
        for (TbxWriter.Version v : TbxWriter.Version.values()) {
            Path out = tmp.resolve("rt-" + v + ".tbx");
            new TbxWriter(v, "triglot test").write(original, out);
            TermbaseFile back = TbxReader.read(out);
            assertEquals(original.concepts(), back.concepts(), "round trip through " + v);
            assertEquals(original.title(), back.title());
            String xml = Files.readString(out);
            assertTrue(xml.contains(v == TbxWriter.Version.V2 ? "<martif type=\"TBX-Basic\"" : "<tbx type=\"TBX-Basic\""));
        }
    }

    @Test
    void seedGlossaryRoundTripsThroughV2V3AndCsv() throws Exception {
        TermbaseFile seed = TbxReader.read(TestFiles.SEED_GLOSSARY);
        Termbase tb = new Termbase(seed.title(), seed.concepts());
        for (TermbaseFiles.Format fmt : TermbaseFiles.Format.values()) {
            Path out = tmp.resolve("seed." + (fmt == TermbaseFiles.Format.TBX3 ? "tbx" : fmt.name().toLowerCase()));
            TermbaseFiles.write(tb, out, fmt, "triglot test");
            TermbaseFile back = TermbaseFiles.read(out);
            assertEquals(tb.concepts(), back.concepts(), "seed glossary through " + fmt);
        }
    }

    static Termbase sample() {
        Term a = new Term("General Security of Military Information Agreement", "en-US", TermStatus.PREFERRED,
                TermType.FULL_FORM, null, false,
                List.of(new Source("koreaherald-2019-11-19", "the 2016 General Security of Military Information Agreement")));
        Term b = new Term("GSOMIA", "en-US", TermStatus.PREFERRED, TermType.ACRONYM, "Spell out on first use.", true,
                List.of(Source.of("eurasiareview-2019-11")));
        Term c = new Term("Gsomia", "en-US", TermStatus.DEPRECATED, TermType.VARIANT, "Capitals: GSOMIA.", true,
                List.of(Source.of("joongang-2019-08-22")));
        Term d = new Term("지소미아", "ko-KR", TermStatus.ADMITTED, TermType.TRANSLITERATION, null, false, List.of());
        Term e = new Term("종군위안부", "ko-KR", TermStatus.FORBIDDEN, TermType.VARIANT,
                "Implies the women served voluntarily.\nKorean government usage avoids it.", false, List.of());
        Term f = new Term("日韓秘密軍事情報保護協定", "ja-JP", TermStatus.PREFERRED, TermType.FULL_FORM, null, false, List.of());
        Term g = new Term("R&D <tags> \"quoted\"", "en-US", TermStatus.ADMITTED, TermType.ABBREVIATION, null, false, List.of());
        Concept one = new Concept("gsomia", "defense; diplomacy", "Bilateral intelligence pact.", "Note one.\nNote two.",
                List.of(Source.of("keia-2020-08-25"), new Source("", "a quote without a document")),
                List.of(a, b, c, d, e, f));
        Concept two = new Concept("odd & chars", null, null, null, List.of(), List.of(g));
        return new Termbase("Round trip", List.of(one, two));
    }

    private Path tbx(String name, String body) {
        return TestFiles.write(tmp, name, body);
    }

    private InputException fails(Path p) {
        return assertThrows(InputException.class, () -> TbxReader.read(p));
    }

    @Test
    void refusesExternalEntities() throws Exception {
        Path secret = TestFiles.write(tmp, "secret.txt", "TOP SECRET");
        Path p = tbx("xxe.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE martif [\n<!ENTITY xxe SYSTEM \"file://"
                + secret.toAbsolutePath() + "\">\n]>\n<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\">"
                + "<tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>\n");
        InputException e = fails(p);
        assertEquals(2, e.line());
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
        assertFalse(e.describe().contains("TOP SECRET"));
    }

    @Test
    void refusesBillionLaughs() {
        Path p = tbx("lol.tbx", "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
                + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>\n"
                + "<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>&lol2;</term></tig>"
                + "</langSet></termEntry></body></text></martif>");
        assertTrue(fails(p).getMessage().contains("not allowed"));
    }

    @Test
    void reportsMalformedXmlWithLine() {
        Path p = tbx("bad.tbx", "<?xml version=\"1.0\"?>\n<martif>\n<text><body>\n<termEntry id=\"a\">\n"
                + "<langSet xml:lang=\"en\"><tig><term>x</tig></langSet>\n</termEntry></body></text></martif>\n");
        InputException e = fails(p);
        assertEquals(5, e.line());
        assertTrue(e.describe().startsWith(p + ":5: malformed XML"), e.describe());
    }

    @Test
    void reportsUnknownLanguageCode() {
        Path p = tbx("lang.tbx", "<martif><text><body>\n<termEntry id=\"a\">\n<langSet xml:lang=\"korean\">"
                + "<tig><term>x</term></tig></langSet></termEntry></body></text></martif>");
        InputException e = fails(p);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown language code 'korean'"), e.getMessage());
    }

    @Test
    void reportsDuplicateConceptId() {
        Path p = tbx("dup.tbx", "<martif><text><body>\n<termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>x</term>"
                + "</tig></langSet></termEntry>\n<termEntry id=\"a\"><langSet xml:lang=\"en\"><tig><term>y</term></tig>"
                + "</langSet></termEntry>\n</body></text></martif>");
        InputException e = fails(p);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("duplicate concept id 'a' (first at line 2)"), e.getMessage());
    }

    @Test
    void reportsUnknownStatusAndMissingLanguage() {
        Path status = tbx("st.tbx", "<martif><text><body><termEntry id=\"a\"><langSet xml:lang=\"en\"><tig>\n<term>x</term>\n"
                + "<termNote type=\"administrativeStatus\">bestTerm</termNote></tig></langSet></termEntry></body></text></martif>");
        InputException e = fails(status);
        assertEquals(3, e.line());
        assertTrue(e.getMessage().contains("unknown term status 'bestTerm'"));
        Path noLang = tbx("nl.tbx", "<martif><text><body><termEntry id=\"a\">\n<langSet><tig><term>x</term></tig></langSet>"
                + "</termEntry></body></text></martif>");
        assertTrue(fails(noLang).getMessage().contains("without xml:lang"));
    }

    @Test
    void reportsEmptyFileBadUtf8AndWrongRoot() {
        assertEquals("empty file", fails(tbx("empty.tbx", "  \n")).getMessage());
        byte[] bad = "<martif>\n<text>\n<body>caf\u00e9</body></text></martif>".getBytes(StandardCharsets.ISO_8859_1);
        InputException e = fails(TestFiles.writeBytes(tmp, "latin1.tbx", bad));
        assertEquals(3, e.line());
        assertTrue(e.getMessage().startsWith("not valid UTF-8"), e.getMessage());
        assertTrue(fails(tbx("html.tbx", "<html><body/></html>")).getMessage().contains("not a TBX file"));
        assertTrue(fails(tmp.resolve("missing.tbx")).getMessage().contains("no such file"));
    }

    @Test
    void readsUtf16WithBom() throws Exception {
        Path out = tmp.resolve("u8.tbx");
        new TbxWriter(TbxWriter.Version.V2, "t").write(sample(), out);
        String xml = Files.readString(out).replace("encoding=\"UTF-8\"", "encoding=\"UTF-16\"");
        byte[] body = xml.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[body.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(body, 0, withBom, 2, body.length);
        TermbaseFile f = TbxReader.read(TestFiles.writeBytes(tmp, "u16.tbx", withBom));
        assertEquals(sample().concepts(), f.concepts());
        assertNull(f.concepts().get(1).definition());
    }
}
