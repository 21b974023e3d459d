package io.triglot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.io.TermbaseFiles;
import io.triglot.lang.Language;
import io.triglot.model.TermStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Matching behaviour on the seed glossary that the golden file does not pin: case, overlap, replacements. */
class TermMatcherTest {
    static Path dir;
    static TermIndex index;
    static TermMatcher matcher;

    @BeforeAll
    static void build() throws IOException {
        dir = Files.createTempDirectory("triglot-matcher");
        TermIndex.replace(dir, TermbaseFiles.readAll(List.of(TestFiles.SEED_GLOSSARY)).termbase(), List.of());
        index = TermIndex.open(dir);
        matcher = new TermMatcher(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<TermMatch> find(String text) {
        return matcher.find(text, TermMatcher.Options.lookup(null));
    }

    static List<String> ids(String text) {
        return find(text).stream().map(m -> m.concept().id() + "@" + m.surface()).toList();
    }

    @Test
    void caseSensitiveTermsNeedTheirCaseInRunningText() {
        assertFalse(ids("Let us talk about it").stream().anyMatch(s -> s.startsWith("united-states")), ids("Let us talk about it").toString());
        assertTrue(ids("troops stationed by the US").contains("united-states@US"));
        // typed alone, a term is found in any case, and flagged
        TermMatch alone = find("gsomia").get(0);
        assertEquals("gsomia", alone.concept().id());
        assertTrue(alone.caseMismatch());
        // the checks will want mismatches in running text too
        List<TermMatch> kept = matcher.find("the gsomia pact", new TermMatcher.Options(null, false, true));
        assertTrue(kept.stream().anyMatch(m -> m.concept().id().equals("gsomia") && m.caseMismatch()));
    }

    @Test
    void acronymsMatchTheirLettersNotWordsThatShareTheirStem() {
        // Porter stems "key" to "kei" and "used" to "us": without the letter check, KEI and US matched them
        TermMatcher.Options all = new TermMatcher.Options(null, false, true);
        List<String> found = matcher.find("some of its key industrial materials were used by us", all).stream()
                .map(m -> m.concept().id() + "@" + m.surface()).toList();
        assertFalse(found.stream().anyMatch(s -> s.startsWith("korea-economic-institute") || s.endsWith("@used")), found.toString());
        assertTrue(ids("a senior fellow at KEI said").contains("korea-economic-institute@KEI"));
        assertTrue(ids("the NSC's view").contains("national-security-council@NSC"));
        assertTrue(TermMatcher.sameLetters("NGOs", "NGO"));
        assertFalse(TermMatcher.sameLetters("key", "KEI"));
    }

    @Test
    void deprecatedVariantIsReportedWithItsReplacement() {
        TermMatch m = find("Seoul pulls out of Gsomia pact with Tokyo").stream()
                .filter(x -> x.concept().id().equals("gsomia")).findFirst().orElseThrow();
        assertEquals("Gsomia", m.term().text());
        assertEquals(TermStatus.DEPRECATED, m.term().status());
        assertEquals("GSOMIA", m.concept().replacementFor(m.term()).orElseThrow().text());
    }

    @Test
    void forbiddenKoreanTermIsFoundThroughParticles() {
        TermMatch m = find("종군위안부 문제를 다룬 기사").get(0);
        assertEquals("comfort-women", m.concept().id());
        assertEquals(TermStatus.FORBIDDEN, m.term().status());
        assertEquals("종군위안부", m.surface());
    }

    @Test
    void longestMatchWinsOverTermsInsideIt() {
        List<String> found = ids("the General Security of Military Information Agreement expired");
        assertTrue(found.contains("gsomia@General Security of Military Information Agreement"), found.toString());
        assertFalse(found.stream().anyMatch(s -> s.endsWith("@Agreement") || s.endsWith("@Military Information")), found.toString());
    }

    @Test
    void termInJapaneseTextIsExplainedByTheJapaneseTerm() {
        TermMatch m = find("GSOMIAの破棄").get(0);
        assertEquals("gsomia", m.concept().id());
        assertEquals("ja-JP", m.term().lang());
    }

    @Test
    void offsetsPointIntoTheOriginalText() {
        String text = "韓国を ﾎﾜｲﾄ国から除外した";
        TermMatch m = find(text).stream().filter(x -> x.concept().id().equals("white-list")).findFirst().orElseThrow();
        assertEquals("ﾎﾜｲﾄ国", text.substring(m.start(), m.end()));
    }

    @Test
    void languageRestrictionLimitsTheAnalyses() {
        List<TermMatch> koOnly = matcher.find("GSOMIA and 지소미아", TermMatcher.Options.lookup(EnumSet.of(Language.KO)));
        assertTrue(koOnly.stream().allMatch(m -> m.analyzedAs() == Language.KO));
        assertTrue(koOnly.stream().anyMatch(m -> m.surface().equals("지소미아")));
    }

    @Test
    void everyKeyAndItsPrefixesWalkTheTrie() {
        // every English term's key, built from the analyzer's tokens as the matcher builds its runs: each prefix
        // walks the trie, a whole-word prefix can go on with a space, and the whole key ends at a key
        KeyTrie trie = index.keys(Language.EN);
        int checked = 0;
        for (io.triglot.model.Concept c : index.termbase().concepts()) {
            for (io.triglot.model.Term t : c.termsIn("en")) {
                io.triglot.lang.TermAnalyzers.Positions p = index.analyzers().positions(Language.EN, t.text());
                if (p.size() == 0) {
                    continue;
                }
                StringBuilder key = new StringBuilder(p.first()[0]);
                for (int j = 1; j < p.size(); j++) {
                    int node = trie.walk(KeyTrie.ROOT, key.toString());
                    assertTrue(node != KeyTrie.NONE && trie.child(node, ' ') != KeyTrie.NONE, key + " of " + t.text());
                    key.append(' ').append(p.cont()[j]);
                }
                String k = key.toString();
                assertTrue(trie.isKey(trie.walk(KeyTrie.ROOT, k)), k);
                for (int n = 1; n <= k.length(); n++) {
                    assertTrue(trie.walk(KeyTrie.ROOT, k.substring(0, n)) != KeyTrie.NONE, k.substring(0, n) + " of " + k);
                    checked++;
                }
            }
        }
        assertTrue(checked > 1000, "prefixes checked: " + checked);
        // and a run no key starts with falls off
        assertEquals(KeyTrie.NONE, trie.walk(KeyTrie.ROOT, "zzyzx qwerti"));
        assertEquals(KeyTrie.NONE, trie.walk(KeyTrie.ROOT, "gsomiaz"));
    }

    @Test
    void keysOfSeveralSegmentsAreMergedWithAllTheirDocuments() throws IOException {
        // the white list's term documents written again, as another segment: its keys then come from two
        // segments, out of order, and each key must carry the documents of both
        Path two = Files.createTempDirectory("triglot-two-segments");
        TermIndex.replace(two, TermbaseFiles.readAll(List.of(TestFiles.SEED_GLOSSARY)).termbase(), List.of());
        int before;
        try (TermIndex one = TermIndex.open(two)) {
            KeyTrie trie = one.keys(Language.EN);
            int node = trie.walk(KeyTrie.ROOT, "white list");
            before = trie.docsTo(node) - trie.docsFrom(node);
            assertTrue(before >= 1);
        }
        try (org.apache.lucene.store.Directory d = org.apache.lucene.store.FSDirectory.open(TermIndex.luceneDir(two));
             org.apache.lucene.index.DirectoryReader r = org.apache.lucene.index.DirectoryReader.open(d);
             org.apache.lucene.index.IndexWriter w = new org.apache.lucene.index.IndexWriter(d,
                     new org.apache.lucene.index.IndexWriterConfig().setOpenMode(org.apache.lucene.index.IndexWriterConfig.OpenMode.APPEND))) {
            var searcher = new org.apache.lucene.search.IndexSearcher(r);
            var hits = searcher.search(new org.apache.lucene.search.TermQuery(
                    new org.apache.lucene.index.Term(TermIndex.F_TYPE, TermIndex.TYPE_TERM)), r.maxDoc()).scoreDocs;
            List<org.apache.lucene.document.Document> copies = new java.util.ArrayList<>();
            for (var h : hits) {
                var stored = searcher.storedFields().document(h.doc);
                if (!stored.get(TermIndex.F_ID).equals("white-list")) {
                    continue;
                }
                var copy = new org.apache.lucene.document.Document();
                copy.add(new org.apache.lucene.document.StringField(TermIndex.F_TYPE, TermIndex.TYPE_TERM, org.apache.lucene.document.Field.Store.NO));
                copy.add(new org.apache.lucene.document.StringField(TermIndex.F_ID, stored.get(TermIndex.F_ID), org.apache.lucene.document.Field.Store.YES));
                copy.add(new org.apache.lucene.document.StoredField(TermIndex.F_ORD, stored.getField(TermIndex.F_ORD).numericValue().intValue()));
                for (String k : stored.getValues(TermIndex.F_KEY)) {
                    copy.add(new org.apache.lucene.document.StringField(TermIndex.F_KEY, k, org.apache.lucene.document.Field.Store.YES));
                }
                copies.add(copy);
            }
            assertFalse(copies.isEmpty());
            w.addDocuments(copies);
            w.commit();
        }
        try (TermIndex twice = TermIndex.open(two)) {
            assertTrue(twice.searcher().getIndexReader().leaves().size() >= 2);
            KeyTrie trie = twice.keys(Language.EN);
            int node = trie.walk(KeyTrie.ROOT, "white list");
            assertEquals(2 * before, trie.docsTo(node) - trie.docsFrom(node));
            for (int i = trie.docsFrom(node) + 1; i < trie.docsTo(node); i++) {
                assertTrue(trie.doc(i - 1) < trie.doc(i), "documents in index order");
            }
            // and matching is what one segment gives: the white list once, at its place
            String text = "Japan removed South Korea from its white list of trusted trading partners.";
            List<String> got = new TermMatcher(twice).find(text, TermMatcher.Options.lookup(null)).stream()
                    .map(m -> m.concept().id() + "@" + m.surface()).toList();
            assertEquals(ids(text), got);
            assertTrue(got.contains("white-list@white list"), got.toString());
        }
    }
}
