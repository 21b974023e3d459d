package io.triglot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.io.tmx.TmxWriter;
import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The memory index and fuzzy matching, on the shipped memory. */
class TranslationMemoryTest {
    @TempDir
    Path tmp;

    static final Path MEMORY = Path.of("tmx", "gsomia.tmx");

    Path indexed() {
        Path dir = tmp.resolve("idx");
        TranslationMemory.AddResult r = TranslationMemory.add(dir, List.of(MEMORY), x -> { });
        assertEquals(135, r.units());
        return dir;
    }

    /** Writes units to a TMX file with the real writer and indexes it into a fresh index. */
    Path indexUnits(String name, List<TranslationUnit> units) throws Exception {
        Path tmx = tmp.resolve(name + ".tmx");
        new TmxWriter("t", "en-US").write(units, tmx);
        Path dir = tmp.resolve(name + "-idx");
        TranslationMemory.add(dir, List.of(tmx), x -> { });
        return dir;
    }

    @Test
    void addingAgainUpdatesInsteadOfDuplicating() {
        Path dir = indexed();
        TranslationMemory.add(dir, List.of(MEMORY), x -> { });
        TranslationMemory.Stats s = TranslationMemory.stats(dir);
        assertEquals(135, s.units());
        assertEquals(5, s.byDocument().size());
        assertEquals(134, s.byLanguage().get(Language.EN));
    }

    @Test
    void removeDropsOneDocument() {
        Path dir = indexed();
        assertEquals(43, TranslationMemory.removeDocument(dir, "keia-2020-08-25"));
        assertEquals(92, TranslationMemory.stats(dir).units());
    }

    @Test
    void exactSentenceScoresOneHundredWithItsTranslations() throws Exception {
        Path dir = indexed();
        try (FuzzyMatcher m = new FuzzyMatcher(dir)) {
            FuzzyMatcher.Hit ko = m.match("Seoul pulls out of Gsomia pact with Tokyo", Language.EN, Language.KO, 70, 5).get(0);
            assertEquals(100, ko.score());
            assertEquals(List.of(), ko.penalties());
            assertEquals("정부, 한일 지소미아 종료 결정", ko.target());
            assertEquals(List.of("joongang-2019-08-22"), ko.documents());
            FuzzyMatcher.Hit ja = m.match("Seoul pulls out of Gsomia pact with Tokyo", Language.EN, Language.JA, 70, 5).get(0);
            assertTrue(ja.target().contains("GSOMIA"), ja.target());
        }
    }

    @Test
    void penaltiesExplainWhatFoldingHid() throws Exception {
        Path dir = indexed();
        try (FuzzyMatcher m = new FuzzyMatcher(dir)) {
            FuzzyMatcher.Hit c = m.match("seoul pulls out of gsomia pact with tokyo", Language.EN, Language.KO, 50, 1).get(0);
            assertEquals(99, c.score());
            assertEquals(List.of("case"), c.penalties());
            FuzzyMatcher.Hit p = m.match("Seoul pulls out of Gsomia pact with Tokyo!", Language.EN, Language.KO, 50, 1).get(0);
            assertEquals(List.of("punctuation"), p.penalties());
            FuzzyMatcher.Hit w = m.match("Ｓｅｏｕｌ pulls out of Gsomia pact with Tokyo", Language.EN, Language.KO, 50, 1).get(0);
            assertEquals(List.of("width"), w.penalties());
        }
    }

    @Test
    void numbersThatDifferAreChargedAndShownInTheDiff() throws Exception {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("en-US", "Saturday is 90 days before the renewal date of Nov. 23.");
        t.put("ko-KR", "토요일은 11월 23일 연장일의 90일 전이다.");
        Path dir = indexUnits("n", List.of(new TranslationUnit("n1", t, List.of())));
        try (FuzzyMatcher m = new FuzzyMatcher(dir)) {
            FuzzyMatcher.Hit h = m.match("Saturday is 60 days before the renewal date of Nov. 23.", Language.EN, Language.KO, 0, 1).get(0);
            assertEquals(List.of("numbers differ"), h.penalties());
            assertEquals(100 * 10 / 11 - 2, h.score(), "one token of eleven differs, minus 2 for the number");
            assertTrue(h.diff().contains("[-90-]{+60+}"), h.diff());
        }
    }

    @Test
    void koreanQueryMatchesThroughParticles() throws Exception {
        Path dir = indexed();
        try (FuzzyMatcher m = new FuzzyMatcher(dir)) {
            List<FuzzyMatcher.Hit> hits = m.match("정부, 한일 지소미아 종료를 결정", Language.KO, Language.EN, 50, 3);
            assertEquals("Seoul pulls out of Gsomia pact with Tokyo", hits.get(0).target());
            assertTrue(hits.get(0).score() >= 80 && hits.get(0).score() < 100, "score " + hits.get(0).score());
        }
    }

    @Test
    void aSecondWriterGetsAClearError() throws Exception {
        Path dir = indexed();
        try (FSDirectory d = FSDirectory.open(dir.resolve("index"));
             IndexWriter held = new IndexWriter(d, new IndexWriterConfig())) {
            IndexException e = assertThrows(IndexException.class, () -> TranslationMemory.add(dir, List.of(MEMORY), x -> { }));
            assertTrue(e.getMessage().contains("is being written by another process"), e.getMessage());
        }
        assertEquals(135, TranslationMemory.stats(dir).units(), "nothing lost");
    }

    @Test
    void searchesKeepWorkingWhileAnImportRuns() throws Exception {
        Path dir = indexed();
        Map<String, String> t = new LinkedHashMap<>();
        t.put("en-US", "A brand new sentence about export controls.");
        t.put("ko-KR", "수출 규제에 관한 새 문장.");
        Path extra = tmp.resolve("extra.tmx");
        new TmxWriter("t", "en-US").write(List.of(new TranslationUnit("new-1", t, List.of())), extra);
        try (FuzzyMatcher before = new FuzzyMatcher(dir)) {
            Thread importer = new Thread(() -> TranslationMemory.add(dir, List.of(extra), x -> { }));
            importer.start();
            // the open reader answers from the commit it opened, during and after the import
            for (int k = 0; k < 20; k++) {
                assertEquals(100, before.match("Seoul pulls out of Gsomia pact with Tokyo", Language.EN, Language.KO, 70, 1)
                        .get(0).score());
            }
            importer.join();
            assertTrue(before.match("A brand new sentence about export controls.", Language.EN, Language.KO, 90, 1).isEmpty());
        }
        try (FuzzyMatcher after = new FuzzyMatcher(dir)) {
            assertEquals(100, after.match("A brand new sentence about export controls.", Language.EN, Language.KO, 90, 1)
                    .get(0).score());
        }
    }

    @Test
    void badUnitsAreCountedAndGoodOnesIndexed() {
        Path dir = tmp.resolve("bad");
        TranslationMemory.AddResult r = TranslationMemory.add(dir, List.of(TestFiles.resource("tmx/edge-cases.tmx")), x -> { });
        assertEquals(3, r.units());
        assertEquals(4, r.rejected());
        assertTrue(Files.isDirectory(dir.resolve("index")));
    }

    /**
     * The anchor search (the rarest word of each part of the query) never hides a better match: on real NTREX
     * sentences, with queries whose rare words were replaced (so the anchors miss and the full search must run)
     * or with one word dropped, the best score equals an exhaustive scan's.
     */
    @Test
    void bestMatchEqualsAnExhaustiveScan() throws Exception {
        List<String> en = io.triglot.bench.NtrexCorpus.sentences(Language.EN).subList(0, 400);
        List<String> ko = io.triglot.bench.NtrexCorpus.sentences(Language.KO).subList(0, 400);
        List<TranslationUnit> units = new java.util.ArrayList<>();
        for (int k = 0; k < en.size(); k++) {
            units.add(new TranslationUnit("u" + k, Map.of("en-US", en.get(k), "ko-KR", ko.get(k)), List.of()));
        }
        Path dir = indexUnits("ntrex", units);
        int fallbacks = 0;
        try (FuzzyMatcher m = new FuzzyMatcher(dir)) {
            for (int k = 0; k < 400; k += 10) {
                String[] words = en.get(k).split(" ");
                if (words.length < 8) {
                    continue;
                }
                List<String> variants = new java.util.ArrayList<>();
                // the three longest words replaced: the anchors are rare words, so these mostly miss them
                String[] replaced = words.clone();
                Integer[] byLength = new Integer[words.length];
                for (int i = 0; i < words.length; i++) {
                    byLength[i] = i;
                }
                java.util.Arrays.sort(byLength, (a, b) -> words[b].length() - words[a].length());
                for (int i = 0; i < Math.min(3, words.length); i++) {
                    replaced[byLength[i]] = "zebra";
                }
                variants.add(String.join(" ", replaced));
                // every third word unknown to the memory: those are the rarest words, so every anchor misses
                String[] unknown = words.clone();
                for (int i = 0; i < words.length; i += 3) {
                    unknown[i] = "qx" + i;
                }
                variants.add(String.join(" ", unknown));
                List<String> dropped = new java.util.ArrayList<>(List.of(words));
                dropped.remove(words.length / 2);
                variants.add(String.join(" ", dropped));
                for (String q : variants) {
                    int exhaustive = -1;
                    for (String source : en) {
                        exhaustive = Math.max(exhaustive, m.score(q, source, Language.EN));
                    }
                    List<FuzzyMatcher.Hit> hits = m.match(q, Language.EN, Language.KO, 0, 1);
                    assertEquals(exhaustive, hits.isEmpty() ? -1 : hits.get(0).score(), q);
                    if (q.contains("qx0")) {
                        fallbacks++;
                    }
                }
            }
        }
        assertTrue(fallbacks > 10, "queries the anchors cannot answer: " + fallbacks);
    }

    @Test
    void unitsIndexedInParallelAreListedInFileOrder() throws Exception {
        List<String> en = io.triglot.bench.NtrexCorpus.sentences(Language.EN);
        List<TranslationUnit> units = new java.util.ArrayList<>();
        for (int k = 0; k < en.size(); k++) {
            units.add(new TranslationUnit("u" + k, Map.of("en-US", en.get(k), "ko-KR", "문장 " + k), List.of()));
        }
        Path tmx = tmp.resolve("order.tmx");
        new TmxWriter("t", "en-US").write(units, tmx);
        Path dir = tmp.resolve("order-idx");
        assertEquals(en.size(), TranslationMemory.add(dir, List.of(tmx), x -> { }).units());
        assertEquals(en.size(), TranslationMemory.stats(dir).units());
        List<String> expected = new java.util.ArrayList<>();
        for (int k = 0; k < en.size(); k++) {
            if (java.util.regex.Pattern.compile("(?i)\\bsaid\\b").matcher(en.get(k)).find()) {
                expected.add("u" + k);
            }
        }
        try (Concordance c = new Concordance(dir)) {
            List<String> listed = c.find("said", Language.EN, 20, 5000).stream().map(Concordance.Line::tuid).toList();
            assertTrue(expected.size() > 50, "sentences with 'said': " + expected.size());
            assertEquals(expected, listed.stream().distinct().toList());
        }
    }

    @Test
    void aTuidRepeatedInOneImportKeepsItsLastVersion() throws Exception {
        List<String> en = io.triglot.bench.NtrexCorpus.sentences(Language.EN);
        List<TranslationUnit> units = new java.util.ArrayList<>();
        units.add(new TranslationUnit("twice", Map.of("en-US", "The first version of the sentence.", "ko-KR", "첫 번째 판"), List.of()));
        for (int k = 0; k < 600; k++) {
            units.add(new TranslationUnit("u" + k, Map.of("en-US", en.get(k), "ko-KR", "문장 " + k), List.of()));
        }
        units.add(new TranslationUnit("twice", Map.of("en-US", "The second version of the sentence.", "ko-KR", "두 번째 판"), List.of()));
        Path dir = indexUnits("twice", units);
        assertEquals(601, TranslationMemory.stats(dir).units());
        try (FuzzyMatcher m = new FuzzyMatcher(dir)) {
            List<FuzzyMatcher.Hit> hits = m.match("The second version of the sentence.", Language.EN, Language.KO, 50, 5);
            assertEquals("두 번째 판", hits.get(0).target());
            assertEquals("twice", hits.get(0).tuid());
            assertTrue(m.match("The first version of the sentence.", Language.EN, Language.KO, 50, 5).stream()
                    .noneMatch(h -> h.target().equals("첫 번째 판")), "the first version was replaced");
        }
    }
}
