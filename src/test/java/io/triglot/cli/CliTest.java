package io.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triglot.TestFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CliTest {
    @TempDir
    Path tmp;
    Path index;

    @BeforeEach
    void build() {
        index = tmp.resolve("idx");
        Cli r = Cli.run("build", "--glossaries", "glossaries", "--index", index.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("termbase: 1 glossary file, 117 concepts, 629 terms"), r.out());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "build", "lookup", "match", "concordance", "consistency", "pretranslate", "glossary", "glossary import", "glossary export", "glossary list",
            "glossary stats", "index", "index add", "index remove", "index stats", "align", "eval", "eval align", "bench",
            "bench lookup", "bench tm", "check", "eval numbers", "export", "export tmx", "export tbx", "export glossary", "import", "import tmx", "terms", "terms extract", "glossary merge", "eval terms", "bench terms"})
    void everyCommandHasHelpAndVersion(String command) {
        String[] cmd = command.isEmpty() ? new String[0] : command.split(" ");
        Cli help = Cli.run(concat(cmd, "--help"));
        assertEquals(0, help.code());
        assertTrue(help.out().contains("Usage: triglot"), help.out());
        Cli version = Cli.run(concat(cmd, "--version"));
        assertEquals(0, version.code());
        assertTrue(version.out().startsWith("triglot "), version.out());
    }

    static String[] concat(String[] a, String... b) {
        String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Test
    void lookupJsonHasTheDocumentedShapeWithCodePointOffsets() throws Exception {
        Cli r = Cli.run("lookup", "--index", index.toString(), "--format", "json", "청와대는 지소미아를 종료했다");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals("청와대는 지소미아를 종료했다", j.get("query").asText());
        JsonNode gsomia = null;
        for (JsonNode m : j.get("matches")) {
            if (m.get("conceptId").asText().equals("gsomia")) {
                gsomia = m;
            }
        }
        assertTrue(gsomia != null, r.out());
        assertEquals("지소미아", gsomia.get("matched").asText());
        assertEquals(5, gsomia.get("start").asInt());
        assertEquals(9, gsomia.get("end").asInt());
        JsonNode first = gsomia.get("terms").get(0);
        assertTrue(first.has("lang") && first.has("text") && first.has("status"));
        assertEquals("preferred", first.get("status").asText(), "preferred first");

        // offsets count code points: an astral character before the term counts once
        Cli astral = Cli.run("lookup", "--index", index.toString(), "--format", "json", "\uD842\uDFB7 GSOMIA");
        JsonNode a = new ObjectMapper().readTree(astral.out()).get("matches").get(0);
        assertEquals(2, a.get("start").asInt());
        assertEquals(8, a.get("end").asInt());
    }

    @Test
    void lookupShowsReplacementForDeprecatedTerm() throws Exception {
        Cli r = Cli.run("lookup", "--index", index.toString(), "Seoul pulls out of Gsomia pact with Tokyo");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("deprecated: use \"GSOMIA\""), r.out());
        Cli j = Cli.run("lookup", "--index", index.toString(), "--format", "json", "--lang", "en", "Gsomia");
        JsonNode m = new ObjectMapper().readTree(j.out()).get("matches").get(0);
        assertEquals("GSOMIA", m.get("replacement").asText());
        assertEquals("deprecated", m.get("status").asText());
    }

    @Test
    void noMatchIsNotAnError() {
        Cli r = Cli.run("lookup", "--index", index.toString(), "the weather in Lisbon");
        assertEquals(0, r.code());
        assertEquals("no glossary terms found\n", r.out());
    }

    @Test
    void exportWritesEveryFormatAndImportReadsItBack() throws Exception {
        for (String ext : List.of("tbx", "csv", "tsv")) {
            Path out = tmp.resolve("export." + ext);
            Cli r = Cli.run("glossary", "export", "--index", index.toString(), "-o", out.toString());
            assertEquals(0, r.code(), r.err());
            Path other = tmp.resolve("idx-" + ext);
            Cli imp = Cli.run("glossary", "import", "--index", other.toString(), out.toString());
            assertEquals(0, imp.code(), imp.err());
            Cli a = Cli.run("glossary", "list", "--index", index.toString(), "--format", "json");
            Cli b = Cli.run("glossary", "list", "--index", other.toString(), "--format", "json");
            assertEquals(a.out(), b.out(), "the termbase survives export to " + ext + " and import");
        }
        Path v3 = tmp.resolve("v3.tbx");
        assertEquals(0, Cli.run("glossary", "export", "--index", index.toString(), "--to", "tbx3", "-o", v3.toString()).code());
        assertTrue(Files.readString(v3).contains("<conceptEntry id=\"gsomia\">"));
    }

    @Test
    void importRefusesConceptsAlreadyInTheIndexAndKeepsTheIndex() {
        Cli before = Cli.run("glossary", "stats", "--index", index.toString());
        Cli r = Cli.run("glossary", "import", "--index", index.toString(), TestFiles.SEED_GLOSSARY.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is already in the index"), r.err());
        assertEquals(1, r.err().lines().count(), "one line: " + r.err());
        assertEquals(before.out(), Cli.run("glossary", "stats", "--index", index.toString()).out());
        Cli replace = Cli.run("glossary", "import", "--replace", "--index", index.toString(), TestFiles.SEED_GLOSSARY.toString());
        assertEquals(0, replace.code(), replace.err());
    }

    @Test
    void badGlossaryFailsWithOneLineAndLeavesIndexUntouched() throws Exception {
        Path g = Files.createDirectories(tmp.resolve("g"));
        Files.copy(TestFiles.SEED_GLOSSARY, g.resolve("a.tbx"));
        TestFiles.write(g, "b.csv", "concept_id,lang,term\nx,en,one\nx,klingon,two\n");
        Cli before = Cli.run("glossary", "stats", "--index", index.toString(), "--format", "json");
        Cli r = Cli.run("build", "--glossaries", g.toString(), "--index", index.toString());
        assertEquals(2, r.code());
        assertEquals(g.resolve("b.csv") + ":3: unknown language code 'klingon'\n", r.err().replace("triglot: ", ""));
        assertEquals(before.out(), Cli.run("glossary", "stats", "--index", index.toString(), "--format", "json").out());
    }

    @Test
    void duplicateConceptAcrossFilesNamesBothPlaces() throws Exception {
        Path g = Files.createDirectories(tmp.resolve("g2"));
        TestFiles.write(g, "a.csv", "concept_id,lang,term\nwto,en,WTO\n");
        TestFiles.write(g, "b.tsv", "concept_id\tlang\tterm\nother\ten\tx\nwto\tko\t세계무역기구\n");
        Cli r = Cli.run("build", "--glossaries", g.toString(), "--index", tmp.resolve("i3").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("b.tsv:3: duplicate concept id 'wto' (also at " + g.resolve("a.csv") + ":2)"), r.err());
        assertFalse(Files.exists(tmp.resolve("i3")), "nothing written");
    }

    @Test
    void failedExportLeavesNoFile() throws Exception {
        Path out = tmp.resolve("nope.tbx");
        Cli r = Cli.run("glossary", "export", "--index", tmp.resolve("missing").toString(), "-o", out.toString());
        assertEquals(3, r.code());
        assertTrue(r.err().startsWith("triglot: no index at "), r.err());
        assertFalse(Files.exists(out));
        try (var s = Files.list(tmp)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().endsWith(".tmp")));
        }
    }

    @Test
    void usageErrorsExitTwo() {
        Cli r = Cli.run("lookup", "--index", index.toString(), "--lang", "fr", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("--lang"), r.err());
        assertEquals(2, Cli.run("frobnicate").code());
        assertEquals(2, Cli.run("glossary").code());
        Cli st = Cli.run("glossary", "list", "--index", index.toString(), "--status", "best");
        assertEquals(2, st.code());
        assertTrue(st.err().contains("unknown term status 'best'"));
    }

    @Test
    void statsAndListReadTheIndex() {
        Cli s = Cli.run("glossary", "stats", "--index", index.toString());
        assertEquals(0, s.code());
        assertTrue(s.out().matches("(?s)\\d+ concepts, \\d+ terms.*"), s.out());
        assertTrue(s.out().contains("lang   preferred"));
        Cli l = Cli.run("glossary", "list", "--index", index.toString(), "--concept", "gsomia", "--lang", "en");
        assertTrue(l.out().contains("GSOMIA"), l.out());
        assertTrue(l.out().contains("Gsomia"));
        assertFalse(l.out().contains("지소미아"));
    }

    @Test
    void runningOutOfHeapIsOneLineNamingTheHeapAndTheFix() {
        // a worker thread's OutOfMemoryError reaches the command wrapped; either way it is recognized
        assertTrue(Main.outOfMemory(new IllegalStateException(new OutOfMemoryError("Java heap space"))));
        assertTrue(Main.outOfMemory(new OutOfMemoryError()));
        assertFalse(Main.outOfMemory(new IllegalStateException("other")));
        String msg = Main.outOfMemoryMessage();
        assertTrue(msg.contains("out of memory") && msg.contains("MiB") && msg.contains("TRIGLOT_JAVA_OPTS=-Xmx"), msg);
        assertFalse(msg.contains("\n"), msg);
    }
}
