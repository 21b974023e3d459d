package io.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triglot.TestFiles;
import io.triglot.io.TermbaseFile;
import io.triglot.io.TermbaseFiles;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TranslationUnit;
import io.triglot.io.tmx.TmxReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code terms extract}, {@code glossary merge} and {@code eval terms} through the real command line. */
class TermsCliTest {
    @TempDir
    Path tmp;

    private Path extract(String... more) {
        Path out = tmp.resolve("candidates.tbx");
        String[] args = CliTest.concat(new String[] {"terms", "extract", "tmx/gsomia.tmx", "--glossary", "glossaries/gsomia.tbx",
                "--top", "20", "-o", out.toString()}, more);
        Cli r = Cli.run(args);
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("terms extract: 135 units (131 with all three languages), 0 rejected"), r.err());
        assertTrue(r.err().contains("20 proposals -> " + out), r.err());
        return out;
    }

    @Test
    void candidatesAreTbxWithStatusProposedAndTheirEvidence() throws Exception {
        Path out = extract();
        TermbaseFile tf = TermbaseFiles.read(out);
        assertEquals(20, tf.concepts().size());
        for (Concept c : tf.concepts()) {
            assertTrue(c.note() != null && c.note().contains("Proposed by triglot terms extract: rank"), c.note());
            assertFalse(c.terms().isEmpty());
            for (Term t : c.terms()) {
                assertEquals(TermStatus.PROPOSED, t.status(), c.id());
                assertFalse(t.sources().isEmpty(), "contexts for " + t.text());
                if (t.language().equals("en")) {
                    String word = t.text().split(" ")[0];
                    assertTrue(t.sources().stream().allMatch(s -> s.quote().toLowerCase().contains(word.toLowerCase())), t.text() + " " + t.sources());
                }
            }
        }
        // well-formed TBX-Basic (DTD-free XML) that xmllint reads, the way a CAT tool's importer would
        assertTrue(Files.readString(out).contains("<termNote type=\"administrativeStatus\">proposedTerm-admn-sts</termNote>"));
    }

    @Test
    void theTermbaseRefusesUnreviewedCandidatesButMergeAddsTheAcceptedOnes() throws Exception {
        Path out = extract();
        Cli refused = Cli.run("glossary", "import", "--index", tmp.resolve("idx").toString(), out.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().startsWith("triglot: " + out + ":"), refused.err());
        assertTrue(refused.err().contains("status 'proposed'") && refused.err().contains("glossary merge"), refused.err());
        assertFalse(refused.err().contains("Exception"), refused.err());

        Path glossary = tmp.resolve("gsomia.tbx");
        Files.copy(TestFiles.SEED_GLOSSARY, glossary);
        List<Concept> cands = TermbaseFiles.read(out).concepts();
        Concept first = cands.stream().filter(c -> c.id().startsWith("proposed-")).findFirst().orElseThrow();
        // a reviewer accepts a second candidate by giving one of its terms a status in the file
        Concept second = cands.stream().filter(c -> c.id().startsWith("proposed-") && c != first).findFirst().orElseThrow();
        String text = Files.readString(out);
        int at = text.indexOf("<termEntry id=\"" + second.id() + "\">");
        int status = text.indexOf("proposedTerm-admn-sts", at);
        Files.writeString(out, text.substring(0, status) + "admittedTerm-admn-sts" + text.substring(status + "proposedTerm-admn-sts".length()));

        Path idx = tmp.resolve("idx");
        assertEquals(0, Cli.run("glossary", "import", "--index", idx.toString(), glossary.toString()).code());
        Cli merged = Cli.run("glossary", "merge", out.toString(), "--into", glossary.toString(), "--accept", first.id(),
                "--index", idx.toString());
        assertEquals(0, merged.code(), merged.err());
        assertTrue(merged.out().startsWith("merge: 2 new concepts, 0 terms added to 0 existing concepts, 18 candidates not accepted -> "
                + glossary + "; index " + idx + " updated"), merged.out());
        List<Concept> after = TermbaseFiles.readAll(List.of(glossary)).termbase().concepts();
        assertEquals(119, after.size());
        Concept added = after.stream().filter(c -> c.id().equals(first.id())).findFirst().orElseThrow();
        for (String lang : List.of("en", "ko", "ja")) {
            List<Term> ts = added.termsIn(lang);
            if (!ts.isEmpty()) {
                assertEquals(TermStatus.PREFERRED, ts.get(0).status(), lang);
            }
        }
        Concept reviewed = after.stream().filter(c -> c.id().equals(second.id())).findFirst().orElseThrow();
        assertEquals(TermStatus.ADMITTED, reviewed.terms().get(0).status());
        // the index knows the new concept at once
        String en = added.termsIn("en").get(0).text();
        Cli lookup = Cli.run("lookup", "--index", idx.toString(), "--format", "json", en);
        assertEquals(0, lookup.code(), lookup.err());
        assertTrue(lookup.out().contains("\"" + first.id() + "\""), lookup.out());
        // merging again adds nothing twice
        Cli again = Cli.run("glossary", "merge", out.toString(), "--into", glossary.toString(), "--accept", first.id(),
                "--index", idx.toString());
        assertEquals(0, again.code(), again.err());
        assertTrue(again.out().startsWith("merge: 0 new concepts, 0 terms added to 0 existing concepts"), again.out());
    }

    @Test
    void mergeNamesAnUnknownCandidate() throws Exception {
        Path out = extract();
        Path glossary = tmp.resolve("g.tbx");
        Files.copy(TestFiles.SEED_GLOSSARY, glossary);
        Cli r = Cli.run("glossary", "merge", out.toString(), "--into", glossary.toString(), "--accept", "no-such-id");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("no candidate concept 'no-such-id'"), r.err());
        assertEquals(Files.readString(TestFiles.SEED_GLOSSARY), Files.readString(glossary), "nothing written");
    }

    @Test
    void jsonListsProposalsWithEvidence() throws Exception {
        Cli r = Cli.run("terms", "extract", "tmx/gsomia.tmx", "--no-termbase", "--top", "30", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(135, j.get("units").asInt());
        assertEquals(30, j.get("proposals").size());
        JsonNode p = j.get("proposals").get(0);
        assertEquals(1, p.get("rank").asInt());
        for (String f : List.of("en", "ko", "ja", "score", "units", "documents", "links_ko", "links_ja", "dice_ko", "dice_ja", "examples")) {
            assertTrue(p.has(f), f);
        }
        boolean tisa = false;
        for (JsonNode x : j.get("proposals")) {
            tisa |= x.get("en").asText().equals("TISA") && x.get("ko").asText().equals("TISA") && x.get("ja").asText().equals("TISA");
        }
        assertTrue(tisa, r.out());
    }

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\"><header creationtool=\"t\" "
            + "creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\" srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n";

    private static String tu(String... langText) {
        StringBuilder sb = new StringBuilder("<tu>");
        for (int i = 0; i < langText.length; i += 2) {
            sb.append("<tuv xml:lang=\"").append(langText[i]).append("\"><seg>").append(langText[i + 1]).append("</seg></tuv>");
        }
        return sb.append("</tu>\n").toString();
    }

    @Test
    void anEmptyMemoryIsACleanError() {
        Path empty = TestFiles.write(tmp, "empty.tmx", HEADER + "</body></tmx>\n");
        Cli r = Cli.run("terms", "extract", empty.toString(), "--no-termbase");
        assertEquals(2, r.code());
        assertEquals("triglot: " + empty + ": no translation units in " + empty, r.err().strip());
    }

    @Test
    void aMemoryWithoutEnglishIsACleanError() {
        Path koJa = TestFiles.write(tmp, "ko-ja.tmx", HEADER + tu("ko", "일본제철은 항고했다.", "ja", "日本製鉄は抗告した。")
                + tu("ko", "일본제철 주식", "ja", "日本製鉄の株式") + "</body></tmx>\n");
        Cli r = Cli.run("terms", "extract", koJa.toString(), "--no-termbase");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("has English with Korean or Japanese (2 units read); extraction pivots on English"), r.err());
    }

    @Test
    void aMalformedMemoryKeepsItsGoodUnitsAndNamesTheLine() {
        Path bad = TestFiles.write(tmp, "bad.tmx", HEADER + tu("en", "Nippon Steel appealed.", "ko", "일본제철은 항고했다.")
                + "<tu><tuv xml:lang=\"en\"><seg>broken</tuv>\n</body></tmx>\n");
        // the units before the break are read, the break is reported with its line, and the exit code says so
        Cli r = Cli.run("terms", "extract", bad.toString(), "--no-termbase");
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.err().startsWith("triglot: rejected: " + bad + ":5: malformed XML"), r.err());
        assertTrue(r.err().contains("terms extract: 1 units"), r.err());
        assertFalse(r.err().contains("at io.triglot"), r.err());
    }

    @Test
    void aTwoLanguageMemoryGivesPairs() throws Exception {
        StringBuilder sb = new StringBuilder(HEADER);
        for (int i = 0; i < 3; i++) {
            sb.append(tu("en", "Nippon Steel appealed the ruling " + i + " times.", "ko", "일본제철은 판결에 " + i + "번 항고했다."));
        }
        Path enKo = TestFiles.write(tmp, "en-ko.tmx", sb + "</body></tmx>\n");
        Path out = tmp.resolve("c.tbx");
        Cli r = Cli.run("terms", "extract", enKo.toString(), "--no-termbase", "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("no Japanese in the memory"), r.err());
        assertTrue(r.out().contains("Nippon Steel | 일본제철 | —"), r.out());
        assertFalse(Files.readString(out).contains("ja-JP"));
    }

    @Test
    void withoutAnIndexItSaysWhatToDo() {
        Cli r = Cli.run("terms", "extract", "tmx/gsomia.tmx", "--index", tmp.resolve("none").toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("run 'triglot build' first"), r.err());
    }

    @Test
    void evalTermsReportsRecoveryAndPrecision() throws Exception {
        Cli r = Cli.run("eval", "terms", "--format", "json");
        assertEquals(0, r.code(), r.err());
        JsonNode j = new ObjectMapper().readTree(r.out());
        assertEquals(46, j.get("held_back_concepts").asInt());
        assertEquals(38, j.get("recoverable").asInt());
        assertEquals(46, j.get("named").asInt());
        assertEquals(5, j.get("folds").asInt());
        assertEquals(46, j.get("held_back").size());
        assertTrue(j.get("recovered").get("at_20").asInt() >= 32, r.out());
        assertTrue(j.get("named_recovered").get("at_20").asInt() >= j.get("recovered").get("at_20").asInt(), r.out());
        assertTrue(j.get("precision_at_20").asDouble() > 0.1, r.out());
    }

    @Test
    void theBenchmarksMemoryCanBeWrittenAndExtractedFrom() throws Exception {
        Path memory = tmp.resolve("memory-300.tmx");
        Cli w = Cli.run("bench", "terms", "--tus", "300", "--write-tmx", memory.toString());
        assertEquals(0, w.code(), w.err());
        List<TranslationUnit> units = new java.util.ArrayList<>();
        TmxReader.read(memory, units::add, rej -> {
            throw new AssertionError(rej.describe());
        });
        assertEquals(300, units.size());
        assertEquals(300, units.stream().map(TranslationUnit::tuid).distinct().count(), "distinct units");
        Cli r = Cli.run("terms", "extract", memory.toString(), "--no-termbase", "--format", "json");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("300 units ("), r.err());
        assertTrue(new ObjectMapper().readTree(r.out()).get("proposals").size() > 0, r.out());
    }
}
