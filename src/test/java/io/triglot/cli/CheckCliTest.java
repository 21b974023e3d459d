package io.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.triglot.TestFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triglot check} through the real command line, on the shipped samples and on bad files. */
class CheckCliTest {
    static Path index;
    @TempDir
    static Path shared;
    @TempDir
    Path tmp;

    @BeforeAll
    static void build() {
        index = shared.resolve("idx");
        Cli r = Cli.run("glossary", "import", "glossaries/gsomia.tbx", "--index", index.toString());
        assertEquals(0, r.code(), r.err());
    }

    static Cli check(String... args) {
        List<String> a = new ArrayList<>(List.of("check", "--index", index.toString()));
        a.addAll(List.of(args));
        return Cli.run(a.toArray(String[]::new));
    }

    static List<Path> samples(String lang) throws Exception {
        try (var s = Files.list(Path.of("samples", lang))) {
            return s.sorted().toList();
        }
    }

    static String[] paths(List<Path> ps, String... more) {
        List<String> out = new ArrayList<>();
        ps.forEach(p -> out.add(p.toString()));
        out.addAll(List.of(more));
        return out.toArray(String[]::new);
    }

    @Test
    void acrossTheFiveArticlesSurfacesHouseStyleDifferencesOnly() throws Exception {
        Cli r = check(paths(samples("en"), "--across", "--format", "json"));
        assertEquals(1, r.code(), r.err());
        JsonNode findings = new ObjectMapper().readTree(r.out()).get("findings");
        List<String> variants = new ArrayList<>();
        for (JsonNode f : findings) {
            if (f.get("rule").asText().equals("VARIANT_INCONSISTENCY")) {
                variants.add(f.get("file").asText().replaceAll(".*/", "") + ":" + f.get("text").asText() + "->" + f.get("suggestion").asText());
            }
        }
        // Korea JoongAng Daily writes Gsomia; the other four outlets GSOMIA
        assertTrue(variants.stream().anyMatch(v -> v.startsWith("joongang-2019-08-22.txt:Gsomia->GSOMIA")), variants.toString());
        // and romanizes two names its own way (Kim Yu-geun, Kono Taro) where others write Kim You-geun, Taro Kono
        assertTrue(variants.contains("joongang-2019-08-22.txt:Kono Taro->Taro Kono"), variants.toString());
        // two outlets write US, three U.S.
        assertTrue(variants.contains("eurasiareview-2019-11.txt:US->U.S."), variants.toString());
        assertTrue(variants.contains("koreaherald-2019-11-19.txt:US->U.S."), variants.toString());
        // forms used consistently are not reported: the full name and the acronym, South Korea and Korea
        assertTrue(variants.stream().noneMatch(v -> v.contains(":GSOMIA->") || v.contains("General Security")
                || v.contains(":Korea->") || v.contains(":U.S.->")), variants.toString());
    }

    @Test
    void textOutputGroupsByFileWithACaretUnderTheMatch() {
        Cli r = check("samples/en/joongang-2019-08-22.txt");
        assertEquals(1, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertEquals("samples/en/joongang-2019-08-22.txt", lines[0]);
        assertTrue(lines[1].startsWith("  1:20  warning  DEPRECATED_TERM  deprecated term \"Gsomia\" (gsomia); use \"GSOMIA\""), lines[1]);
        assertEquals("    Seoul pulls out of Gsomia pact with Tokyo", lines[2]);
        assertEquals("                       ^^^^^^", lines[3]);
        assertEquals("    fix: GSOMIA", lines[4]);
        assertTrue(r.err().startsWith("1 file checked: 0 errors, "), r.err());
    }

    @Test
    void caretsLineUpUnderKoreanText() {
        Path ko = TestFiles.write(tmp, "ko.txt", "정부는 종군위안부 문제를 논의했다.\n");
        Cli r = check(ko.toString(), "--lang", "ko");
        assertEquals(1, r.code(), r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[1].contains("1:5  error  FORBIDDEN_TERM"), lines[1]);
        assertEquals("    정부는 종군위안부 문제를 논의했다.", lines[2]);
        assertEquals("           ^^^^^^^^^^", lines[3], "Hangul takes two columns");
    }

    @Test
    void jsonHasTheDocumentedFields() throws Exception {
        Cli r = check("samples/en/keia-2020-08-25.txt", "--format", "json");
        JsonNode j = new ObjectMapper().readTree(r.out());
        JsonNode f = j.get("findings").get(0);
        for (String k : List.of("file", "line", "column", "rule", "severity", "text", "message", "suggestion")) {
            assertTrue(f.has(k), k + " in " + f);
        }
        assertEquals(j.get("findings").size(), j.get("summary").get("warning").asInt() + j.get("summary").get("error").asInt()
                + j.get("summary").get("info").asInt());
    }

    @Test
    void sarifValidatesAgainstTheSarif210Schema() throws Exception {
        Path bad = TestFiles.writeBytes(tmp, "binary.txt", new byte[] {0, 1, 2, 'a'});
        Cli r = check(paths(samples("en"), "--across", "--format", "sarif", bad.toString()));
        assertEquals(2, r.code(), "a file could not be read");
        JsonNode log = new ObjectMapper().readTree(r.out());
        JsonSchema schema;
        try (InputStream in = getClass().getResourceAsStream("/json/sarif-schema-2.1.0.json")) {
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in);
        }
        Set<ValidationMessage> errors = schema.validate(log);
        assertTrue(errors.isEmpty(), errors.toString());
        JsonNode run = log.get("runs").get(0);
        assertEquals("unicodeCodePoints", run.get("columnKind").asText());
        JsonNode first = run.get("results").get(0);
        assertEquals(first.get("ruleId").asText(), run.get("tool").get("driver").get("rules").get(first.get("ruleIndex").asInt()).get("id").asText());
        assertFalse(run.get("invocations").get(0).get("executionSuccessful").asBoolean());
        assertTrue(run.get("invocations").get(0).get("toolExecutionNotifications").get(0).get("message").get("text").asText()
                .contains("binary.txt"));
    }

    @Test
    void failOnChoosesTheExitCode() {
        String f = "samples/en/keia-2020-08-25.txt"; // warnings only
        assertEquals(1, check(f).code());
        assertEquals(0, check(f, "--fail-on", "error").code());
        assertEquals(1, check(f, "--fail-on", "info").code());
        Cli bad = check(f, "--fail-on", "fatal");
        assertEquals(2, bad.code());
        assertTrue(bad.err().contains("unknown severity 'fatal'"), bad.err());
    }

    @Test
    void badFilesAreReportedAndTheOthersStillChecked() {
        Path binary = TestFiles.writeBytes(tmp, "binary.txt", new byte[] {'a', 0, 'b'});
        Path latin1 = TestFiles.writeBytes(tmp, "latin1.txt", "line one\nna\u00efve\n".getBytes(StandardCharsets.ISO_8859_1));
        Path empty = TestFiles.write(tmp, "empty.txt", "");
        Path good = TestFiles.write(tmp, "good.txt", "Seoul pulls out of the Gsomia pact.\n");
        Cli r = check(binary.toString(), latin1.toString(), empty.toString(), good.toString(), tmp.resolve("missing.txt").toString());
        assertEquals(2, r.code());
        assertTrue(r.out().contains("DEPRECATED_TERM"), r.out());
        List<String> errs = r.err().lines().filter(l -> l.startsWith("triglot: ")).toList();
        assertEquals(4, errs.size(), r.err());
        assertTrue(errs.contains("triglot: " + binary + ":1: binary file (NUL character)"), errs.toString());
        assertTrue(errs.contains("triglot: " + latin1 + ":2: not valid UTF-8 (byte 0xEF)"), errs.toString());
        assertTrue(errs.contains("triglot: " + empty + ": empty file"), errs.toString());
        assertTrue(errs.contains("triglot: " + tmp.resolve("missing.txt") + ": no such file"), errs.toString());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void missingGlossaryIsOneLineAndExit2() {
        Cli r = Cli.run("check", "--glossary", tmp.resolve("none.tbx").toString(), "samples/en/keia-2020-08-25.txt");
        assertEquals(2, r.code());
        assertEquals("triglot: " + tmp.resolve("none.tbx") + ": no such glossary", r.err().strip());
    }

    @Test
    void glossaryFilesInsteadOfTheIndex() {
        Path csv = TestFiles.write(tmp, "mini.csv", "concept_id,lang,term,status,type\n"
                + "pact,en,military pact,preferred,fullForm\npact,en,war pact,forbidden,variant\n");
        Path text = TestFiles.write(tmp, "a.txt", "They signed a war pact.\n");
        Cli r = Cli.run("check", "--glossary", csv.toString(), "--profile", TestFiles.write(tmp, "s.toml", "").toString(),
                "--format", "json", text.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains("\"rule\" : \"FORBIDDEN_TERM\"") && r.out().contains("\"suggestion\" : \"military pact\""), r.out());
    }

    @Test
    void bilingualCheckPointsIntoTheTranslation() throws Exception {
        Path en = TestFiles.write(tmp, "en.txt", "Seoul ends GSOMIA\n\nExports fell 55.4 percent on 23 November. "
                + "Seoul decided to end GSOMIA on Thursday.\n\nThe talks went on.\n");
        Path ko = TestFiles.write(tmp, "ko.txt", "한국, 지소미아 종료\n\n11월 23일 수출이 54.4% 감소했다. "
                + "한국은 목요일 협정 종료를 결정했다.\n\n종군위안부 문제 협의는 계속됐다.\n");
        Cli r = check("--source", en.toString(), "--target", ko.toString(), "--format", "json");
        assertEquals(1, r.code(), r.err());
        List<String> got = new ArrayList<>();
        for (JsonNode f : new ObjectMapper().readTree(r.out()).get("findings")) {
            assertEquals(ko.toString(), f.get("file").asText());
            got.add(f.get("rule").asText() + "@" + f.get("line").asInt() + ":" + f.get("column").asInt() + ":" + f.get("text").asText());
        }
        assertTrue(got.contains("NUMBER_MISMATCH@3:1:55.4"), "what the translation lacks, at the segment's start: " + got);
        assertTrue(got.contains("NUMBER_MISMATCH@3:13:54.4"), "what it has instead, where it is: " + got);
        assertTrue(got.contains("FORBIDDEN_TERM@5:1:종군위안부"), got.toString());
        assertTrue(got.stream().anyMatch(g -> g.startsWith("TERM_MISSING@3:") && g.endsWith(":GSOMIA")), got.toString());
    }

    @Test
    void tmxUnitsAreCheckedPairByPair() throws Exception {
        Path tmx = TestFiles.write(tmp, "m.tmx", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
                + "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n"
                + "<tu tuid=\"1\"><tuv xml:lang=\"en\"><seg>Japan removed Korea from its white list.</seg></tuv>"
                + "<tuv xml:lang=\"ko\"><seg>일본은 한국을 화이트리스트에서 제외했다.</seg></tuv></tu>\n"
                + "<tu tuid=\"2\"><tuv xml:lang=\"en\"><seg>Exports fell 3 percent.</seg></tuv>"
                + "<tuv xml:lang=\"ko\"><seg>수출이 4% 줄었다.</seg></tuv></tu>\n</body>\n</tmx>\n");
        Cli r = check(tmx.toString(), "--pair", "en-ko", "--format", "json");
        assertEquals(1, r.code(), r.err());
        JsonNode f = new ObjectMapper().readTree(r.out()).get("findings");
        assertEquals(2, f.size(), f.toString());
        assertEquals(6, f.get(0).get("line").asInt(), "the line of the second <tu>");
        assertEquals("NUMBER_MISMATCH", f.get(0).get("rule").asText());
        Cli noPair = check(tmx.toString(), "--pair", "ko-ja");
        assertEquals(2, noPair.code());
    }

    @Test
    void reportIsWrittenAtomicallyToOutput() throws Exception {
        Path out = tmp.resolve("report.sarif");
        Cli r = check("samples/en/joongang-2019-08-22.txt", "--format", "sarif", "-o", out.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out());
        assertTrue(Files.readString(out).contains("\"version\" : \"2.1.0\""));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void usageErrors() {
        assertEquals(2, check().code());
        assertEquals(2, check("--source", "samples/en/keia-2020-08-25.txt").code());
        assertEquals(2, check("a.txt", "--source", "samples/en/keia-2020-08-25.txt", "--target", "samples/ko/keia-2020-08-25.txt").code());
    }
}
