package io.triglot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.io.TermbaseFiles;
import io.triglot.lang.Language;
import io.triglot.lang.TermAnalyzers;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class KeyTrieTest {

    @Test
    void answersAsTheSortedKeysDo() throws Exception {
        // the seed glossary's keys in each language, as the index holds them, and every prefix of every key plus one character
        // more, against the plain answers over the key list
        var tb = TermbaseFiles.readAll(List.of(Path.of("glossaries/gsomia.tbx"))).termbase();
        TermAnalyzers analyzers = TermAnalyzers.forTermbase(tb);
        for (Language lang : Language.values()) {
            TreeSet<String> keys = new TreeSet<>();
            for (Concept c : tb.concepts()) {
                for (Term t : c.termsIn(lang.code())) {
                    keys.addAll(analyzers.termKeys(t, lang));
                }
            }
            String[] sorted = keys.toArray(String[]::new);
            int[][] docs = new int[sorted.length][];
            for (int i = 0; i < sorted.length; i++) {
                docs[i] = i % 3 == 0 ? new int[] {i, i + 100_000} : new int[] {i}; // some keys of two terms
            }
            KeyTrie trie = KeyTrie.of(sorted, docs);
            assertEquals(keys.size(), trie.size());
            Set<String> probes = new HashSet<>();
            for (String k : keys) {
                for (int n = 0; n <= k.length(); n++) {
                    probes.add(k.substring(0, n));
                    probes.add(k.substring(0, n) + "x");
                    probes.add(k.substring(0, n) + " ");
                    probes.add(k.substring(0, n) + "가");
                }
            }
            assertTrue(probes.size() > 1000, lang + ": " + probes.size());
            for (String s : probes) {
                int node = trie.walk(KeyTrie.ROOT, s);
                String ceiling = keys.ceiling(s);
                boolean prefix = ceiling != null && ceiling.startsWith(s);
                assertEquals(prefix, node != KeyTrie.NONE, lang + " prefix " + s);
                if (prefix) {
                    assertEquals(keys.contains(s), trie.isKey(node), lang + " key " + s);
                    int[] want = keys.contains(s) ? docs[java.util.Arrays.binarySearch(sorted, s)] : new int[0];
                    int[] got = new int[trie.docsTo(node) - trie.docsFrom(node)];
                    for (int d = trie.docsFrom(node); d < trie.docsTo(node); d++) {
                        got[d - trie.docsFrom(node)] = trie.doc(d);
                    }
                    org.junit.jupiter.api.Assertions.assertArrayEquals(want, got, lang + " documents of " + s);
                    String higher = keys.higher(s);
                    boolean longer = higher != null && higher.startsWith(s);
                    assertEquals(longer, trie.hasLonger(node), lang + " longer " + s);
                }
            }
        }
    }

    @Test
    void walksGoOnFromAnyNode() {
        KeyTrie trie = KeyTrie.of(new String[] {"export control", "export controls", "white list", "whitelist"},
                new int[][] {{7}, {8}, {9}, {9}});
        int white = trie.walk(KeyTrie.ROOT, "white");
        assertFalse(trie.isKey(white));
        assertTrue(trie.isKey(trie.walk(white, "list")));
        int spaced = trie.walk(trie.child(white, ' '), "list");
        assertTrue(trie.isKey(spaced));
        assertEquals(9, trie.doc(trie.docsFrom(spaced)));
        assertEquals(trie.docsFrom(spaced) + 1, trie.docsTo(spaced));
        int control = trie.walk(KeyTrie.ROOT, "export control");
        assertTrue(trie.isKey(control) && trie.hasLonger(control));
        assertFalse(trie.hasLonger(trie.walk(control, "s")));
        assertEquals(KeyTrie.NONE, trie.walk(control, "led"));
        assertEquals(KeyTrie.NONE, trie.walk(KeyTrie.ROOT, "exports"));
    }

    @Test
    void anEmptyTrieHasOnlyItsRoot() {
        KeyTrie trie = KeyTrie.of(new String[0], new int[0][]);
        assertEquals(0, trie.size());
        assertFalse(trie.hasLonger(KeyTrie.ROOT));
        assertFalse(trie.isKey(KeyTrie.ROOT));
        assertEquals(KeyTrie.NONE, trie.walk(KeyTrie.ROOT, "a"));
    }

    @Test
    void keysMustComeSortedAndDistinct() {
        int[][] two = {{1}, {2}};
        assertThrows(IllegalArgumentException.class, () -> KeyTrie.of(new String[] {"b", "a"}, two));
        assertThrows(IllegalArgumentException.class, () -> KeyTrie.of(new String[] {"a", "a"}, two));
        assertThrows(IllegalArgumentException.class, () -> KeyTrie.of(new String[] {"a"}, two));
    }
}
