package io.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.triglot.OmegaT;
import io.triglot.TestFiles;
import io.triglot.io.TermbaseFiles;
import io.triglot.io.tmx.TmxReader;
import io.triglot.model.TranslationUnit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triglot export}: what CAT tools get, checked by reading it back, by xmllint and by OmegaT itself. */
class ExportCliTest {
    @TempDir
    static Path shared;
    static Path index;
    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        index = shared.resolve("idx");
        Cli r = Cli.run("build", "--glossaries", "glossaries", "--index", index.toString(), "--tmx",
                shared.resolve("gsomia.tmx").toString());
        assertEquals(0, r.code(), r.err());
    }

    static List<TranslationUnit> read(Path tmx) {
        List<TranslationUnit> out = new ArrayList<>();
        TmxReader.read(tmx, out::add, r -> { throw new AssertionError(r.describe()); });
        return out;
    }

    @Test
    void bilingualTmxFromTheIndexWithBareCodes() throws Exception {
        Path out = tmp.resolve("en-ko.tmx");
        Cli r = Cli.run("export", "tmx", "--index", index.toString(), "--langs", "en,ko", "--codes", "bare", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<TranslationUnit> units = read(out);
        List<TranslationUnit> shipped = read(Path.of("tmx", "gsomia.tmx"));
        long both = shipped.stream().filter(u -> u.texts().containsKey("en-US") && u.texts().containsKey("ko-KR")).count();
        assertEquals(both, units.size(), r.err());
        for (TranslationUnit u : units) {
            assertEquals(List.of("en", "ko"), List.copyOf(u.texts().keySet()));
            assertTrue(u.props().stream().anyMatch(p -> p.type().equals("x-document")), "props kept");
            assertTrue(u.props().stream().noneMatch(p -> p.type().equals("x-link-en-ja")), "the en-ja link goes with ja");
        }
        TranslationUnit first = shipped.get(0);
        TranslationUnit exported = units.stream().filter(u -> u.tuid().equals(first.tuid())).findFirst().orElseThrow();
        assertEquals(first.texts().get("ko-KR"), exported.texts().get("ko"));
        assertTrue(Files.readString(out).contains("srclang=\"en\""));
        if (OmegaT.installed() && OmegaT.xmllintInstalled()) {
            OmegaT.assertValidTmx(out, tmp);
        }
    }

    @Test
    void filtersByDocumentAndScoreAndConvertsFiles() {
        Path doc = tmp.resolve("doc.tmx");
        assertEquals(0, Cli.run("export", "tmx", "--index", index.toString(), "--document", "sankei-2019-11-23", "-o", doc.toString()).code());
        List<TranslationUnit> units = read(doc);
        assertFalse(units.isEmpty());
        assertTrue(units.stream().allMatch(u -> u.props().contains(new TranslationUnit.Prop("x-document", "sankei-2019-11-23"))));
        Path scored = tmp.resolve("scored.tmx");
        Cli r = Cli.run("export", "tmx", "--input", "tmx/gsomia.tmx", "--langs", "en,ja", "--codes", "region", "--min-score", "0.95", "-o", scored.toString());
        assertEquals(0, r.code(), r.err());
        for (TranslationUnit u : read(scored)) {
            String score = u.props().stream().filter(p -> p.type().equals("x-align-score")).findFirst().orElseThrow().value();
            assertTrue(Double.parseDouble(score) >= 0.95, score);
            assertEquals(List.of("en-US", "ja-JP"), List.copyOf(u.texts().keySet()));
        }
    }

    @Test
    void failedExportLeavesThePreviousFile() throws Exception {
        Path out = TestFiles.write(tmp, "keep.tmx", "previous content");
        Path bad = TestFiles.write(tmp, "bad.tmx", "<martif/>");
        Cli r = Cli.run("export", "tmx", "--input", bad.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertEquals("triglot: " + bad + ":1: not a TMX file: root element is <martif>", r.err().strip());
        assertEquals("previous content", Files.readString(out));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
        assertEquals(2, Cli.run("export", "tmx", "--langs", "en", "-o", out.toString()).code());
    }

    @Test
    void tbxVersionsReadBack() {
        for (String v : List.of("2", "3")) {
            Path out = tmp.resolve("g" + v + ".tbx");
            Cli r = Cli.run("export", "tbx", "--index", index.toString(), "--tbx-version", v, "-o", out.toString());
            assertEquals(0, r.code(), r.err());
            var tb = TermbaseFiles.readAll(List.of(out)).termbase();
            assertEquals(117, tb.concepts().size());
            assertEquals(629, tb.termCount());
        }
    }

    @Test
    void omegatGlossaryRows() throws Exception {
        Path out = tmp.resolve("g.txt");
        Cli r = Cli.run("export", "glossary", "--index", index.toString(), "--format", "omegat", "--pair", "en-ko", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertTrue(lines.stream().allMatch(l -> l.split("\t", -1).length == 3), "source, target, comment");
        assertTrue(lines.contains(lines.stream().filter(l -> l.startsWith("Gsomia\tGSOMIA\tgsomia; deprecated, use \"GSOMIA\"")).findFirst().orElse("missing")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("white list\t화이트리스트\twhite-list")), "the preferred target");
        assertTrue(lines.stream().noneMatch(l -> l.split("\t")[1].equals("종군위안부")), "no forbidden target");
        Cli csv = Cli.run("export", "glossary", "--index", index.toString(), "--format", "csv", "--pair", "en-ja");
        assertTrue(csv.out().startsWith("source,target,comment\r\n"), csv.out().substring(0, 40));
    }

    /**
     * OmegaT 3.6 headless, on a project whose tm/auto holds our en-ko export and whose document holds the
     * export's English segments, one per paragraph (its text filter splits on blank lines): every segment
     * must come out translated from our memory. OmegaT exits 0 even when it cannot read a memory, so the
     * test reads the document OmegaT wrote.
     */
    @Test
    void omegatTranslatesEverySegmentFromTheExportedMemory() throws Exception {
        assumeTrue(OmegaT.installed(), "OmegaT is not installed (apt-get install omegat)");
        Path tmx = tmp.resolve("memory.tmx");
        assertEquals(0, Cli.run("export", "tmx", "--index", index.toString(), "--langs", "en,ko", "--codes", "region", "-o", tmx.toString()).code());
        List<TranslationUnit> units = read(tmx);
        // one paragraph per distinct English segment (the memory repeats a few headlines across languages)
        java.util.Map<String, String> byEnglish = new java.util.LinkedHashMap<>();
        for (TranslationUnit u : units) {
            byEnglish.putIfAbsent(u.texts().get("en-US"), u.texts().get("ko-KR"));
        }
        Path doc = TestFiles.write(tmp, "document.txt", String.join("\n\n", byEnglish.keySet()) + "\n");
        Path project = OmegaT.project(tmp.resolve("omegat"), "en-US", "ko-KR", doc, tmx, null);
        OmegaT.consoleTranslate(project);
        List<String> out = OmegaT.paragraphs(project.resolve("target").resolve("document.txt"));
        List<String> want = new ArrayList<>(byEnglish.values());
        assertEquals(want.size(), out.size(), Files.readString(project.resolve("omegat-console.log")));
        int translated = 0;
        for (int i = 0; i < want.size(); i++) {
            if (want.get(i).strip().equals(out.get(i))) {
                translated++;
            }
        }
        assertEquals(want.size(), translated, "segments OmegaT filled from the exported memory");
    }

    @Test
    void importWritesTheRejectsAndKeepsTheRest() throws Exception {
        Path idx = tmp.resolve("imp");
        Path rejects = tmp.resolve("rejected.tsv");
        Cli r = Cli.run("import", "tmx", "src/test/resources/tmx/edge-cases.tmx", "--rejects", rejects.toString(), "--index", idx.toString());
        assertEquals(1, r.code(), "units were rejected");
        assertTrue(r.out().startsWith("import tmx: 1 file, 3 units indexed, 4 rejected -> " + rejects), r.out());
        List<String> lines = Files.readAllLines(rejects);
        assertEquals("file\tline\treason", lines.get(0));
        assertEquals("src/test/resources/tmx/edge-cases.tmx\t16\t<tuv> without xml:lang", lines.get(1));
        assertEquals(5, lines.size());
        Path out = tmp.resolve("back.tmx");
        assertEquals(0, Cli.run("export", "tmx", "--index", idx.toString(), "--langs", "en,ko", "-o", out.toString()).code());
        String xml = Files.readString(out);
        assertTrue(xml.contains("<seg>Press <bpt i=\"1\">&lt;b&gt;</bpt>Save<ept i=\"1\">&lt;/b&gt;</ept> now<ph>&lt;br/&gt;</ph>.</seg>"), xml);
        assertTrue(xml.contains("<note>inline codes are not text</note>"), xml);
    }
}
