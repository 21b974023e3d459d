package io.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triglot.TestFiles;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryCliTest {
    @TempDir
    Path tmp;

    @Test
    void indexAddStatsRemoveAndMatch() throws Exception {
        String idx = tmp.resolve("idx").toString();
        Cli add = Cli.run("index", "add", "--index", idx, "tmx");
        assertEquals(0, add.code(), add.err());
        assertTrue(add.out().startsWith("index add: 1 file, 135 units indexed, 0 rejected"), add.out());
        Cli stats = Cli.run("index", "stats", "--index", idx, "--format", "json");
        JsonNode s = new ObjectMapper().readTree(stats.out());
        assertEquals(135, s.get("units").asInt());
        assertEquals(43, s.get("byDocument").get("keia-2020-08-25").asInt());
        Cli m = Cli.run("match", "--index", idx, "--to", "ja", "--format", "json", "Seoul pulls out of Gsomia pact with Tokyo");
        assertEquals(0, m.code(), m.err());
        JsonNode hit = new ObjectMapper().readTree(m.out()).get("hits").get(0);
        assertEquals(100, hit.get("score").asInt());
        assertEquals("ja-JP", hit.get("targetLang").asText());
        Cli text = Cli.run("match", "--index", idx, "--to", "ko", "--min", "50", "Seoul pulls out of the Gsomia pact with Tokyo");
        assertTrue(text.out().contains("diff:   Seoul pulls out of {+the+} Gsomia pact with Tokyo"), text.out());
        Cli rm = Cli.run("index", "remove", "--index", idx, "--document", "joongang-2019-08-22");
        assertEquals("index remove: 24 units of joongang-2019-08-22\n", rm.out());
        Cli gone = Cli.run("match", "--index", idx, "--to", "ko", "Seoul pulls out of Gsomia pact with Tokyo");
        assertTrue(gone.out().startsWith("no match at or above 70") || !gone.out().contains("100%"), gone.out());
    }

    @Test
    void pretranslateFillsMatchesAndMarksTheRest() throws Exception {
        String idx = tmp.resolve("idx3").toString();
        assertEquals(0, Cli.run("index", "add", "--index", idx, "tmx").code());
        Path doc = TestFiles.write(tmp, "doc.txt", "Seoul pulls out of Gsomia pact with Tokyo\n\n"
                + "The weather in Lisbon is mild. Seoul pulls out of the Gsomia pact with Tokyo.\n");
        Path out = tmp.resolve("doc.ko.txt");
        Cli r = Cli.run("pretranslate", "--index", idx, doc.toString(), "--to", "ko", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("pretranslate: 3 sentences: 1 exact, 1 fuzzy (>= 75), 1 untranslated -> " + out + "\n", r.err());
        assertEquals("정부, 한일 지소미아 종료 결정\n\n⟦The weather in Lisbon is mild.⟧ 정부, 한일 지소미아 종료 결정\n",
                java.nio.file.Files.readString(out));
    }

    @Test
    void rejectedUnitsAreReportedWithLinesAndExitOne() {
        String idx = tmp.resolve("idx2").toString();
        Path edge = TestFiles.resource("tmx/edge-cases.tmx");
        Cli add = Cli.run("index", "add", "--index", idx, edge.toString());
        assertEquals(1, add.code());
        assertTrue(add.err().contains("triglot: rejected: " + edge + ":16: <tuv> without xml:lang"), add.err());
        assertTrue(add.out().contains("3 units indexed, 4 rejected"), add.out());
    }

    @Test
    void usageErrors() {
        assertEquals(2, Cli.run("match", "--to", "ko", "--from", "ko", "x").code());
        assertEquals(2, Cli.run("match", "--to", "fr", "x").code());
        assertEquals(2, Cli.run("index", "add", "--index", tmp.toString(), tmp.resolve("missing.tmx").toString()).code());
        assertEquals(3, Cli.run("match", "--index", tmp.resolve("none").toString(), "--to", "ko", "x").code());
    }
}
