package io.triglot.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.triglot.lang.Language;
import io.triglot.lang.TermAnalyzers;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.Termbase;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

/**
 * The termbase part of the index in {@code DIR/index}: one document per concept (its JSON), one per term
 * (its match keys), and one meta document. Replacing the termbase deletes and adds in one Lucene
 * commit, so readers see the old termbase or the new one, never a mix.
 */
public final class TermIndex implements Closeable {
    /** Default index directory, under the working directory. */
    public static final String DEFAULT_DIR = ".triglot";

    static final String F_TYPE = "type";
    static final String F_ID = "cid";
    static final String F_ORD = "ord";
    static final String F_KEY = "key";
    static final String F_JSON = "json";
    static final String TYPE_CONCEPT = "concept";
    static final String TYPE_TERM = "term";
    static final String TYPE_META = "termbase-meta";

    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final IndexMeta meta;
    private final TermAnalyzers analyzers;
    /** Every match key by language, sorted: "can any key start with this?" before the terms dictionary is asked. */
    private volatile KeyTable keyTables;
    private volatile Termbase termbase;
    /** What {@link TermMatcher}s read from stored fields, kept for every matcher of this index. */
    final Map<String, Concept> conceptCache = new java.util.concurrent.ConcurrentHashMap<>();
    /** By document id: the term of each term document read so far, and its concept. */
    final java.util.concurrent.atomic.AtomicReferenceArray<Term> termCache;
    final java.util.concurrent.atomic.AtomicReferenceArray<Concept> termConceptCache;
    final java.util.concurrent.atomic.AtomicReferenceArray<Boolean> termCodeLikeCache;
    private volatile java.util.Set<String> englishWords;

    private TermIndex(Directory directory, DirectoryReader reader, IndexMeta meta) {
        this.directory = directory;
        this.reader = reader;
        this.searcher = new IndexSearcher(reader);
        this.meta = meta;
        this.analyzers = TermAnalyzers.fromDictionaries(meta.koDictionary(), meta.jaDictionary());
        this.termCache = new java.util.concurrent.atomic.AtomicReferenceArray<>(reader.maxDoc());
        this.termConceptCache = new java.util.concurrent.atomic.AtomicReferenceArray<>(reader.maxDoc());
        this.termCodeLikeCache = new java.util.concurrent.atomic.AtomicReferenceArray<>(reader.maxDoc());
    }

    /** Summary of a write. */
    public record WriteResult(int concepts, int terms, Map<String, Integer> termsByLanguage) {
    }

    static Path luceneDir(Path dir) {
        return dir.resolve("index");
    }

    /** Key as stored: the language, a separator, the key. */
    static String scopedKey(Language lang, String key) {
        return lang.code() + '\u0001' + key;
    }

    /**
     * Replaces the termbase in the index at {@code dir} with {@code tb}, in one commit.
     *
     * @throws IndexException when another process holds the write lock or the disk fails
     */
    public static WriteResult replace(Path dir, Termbase tb, List<String> files) {
        TermAnalyzers analyzers = TermAnalyzers.forTermbase(tb);
        Map<String, Integer> maxTokens = new LinkedHashMap<>();
        Map<String, Integer> byLang = new LinkedHashMap<>();
        for (Language l : Language.values()) {
            maxTokens.put(l.code(), 1);
            byLang.put(l.code(), 0);
        }
        List<Document> docs = new ArrayList<>(tb.termCount() + tb.concepts().size() + 1);
        for (Concept c : tb.concepts()) {
            Document cd = new Document();
            cd.add(new StringField(F_TYPE, TYPE_CONCEPT, Field.Store.NO));
            cd.add(new StringField(F_ID, c.id(), Field.Store.YES));
            cd.add(new StoredField(F_JSON, ConceptCodec.encode(c)));
            docs.add(cd);
            List<Term> terms = c.terms();
            for (int ord = 0; ord < terms.size(); ord++) {
                Term t = terms.get(ord);
                Language lang = Language.ofTag(t.lang());
                if (lang == null) {
                    continue;
                }
                byLang.merge(lang.code(), 1, Integer::sum);
                List<String> keys = analyzers.termKeys(t, lang);
                if (keys.isEmpty()) {
                    continue;
                }
                maxTokens.merge(lang.code(), analyzers.tokenCount(t, lang), Math::max);
                Document td = new Document();
                td.add(new StringField(F_TYPE, TYPE_TERM, Field.Store.NO));
                td.add(new StringField(F_ID, c.id(), Field.Store.YES));
                td.add(new StoredField(F_ORD, ord));
                for (String k : keys) {
                    td.add(new StringField(F_KEY, scopedKey(lang, k), Field.Store.YES));
                }
                docs.add(td);
            }
        }
        IndexMeta meta = new IndexMeta(IndexMeta.FORMAT, tb.concepts().size(), tb.termCount(), files, maxTokens,
                analyzers.koreanDictionary(), analyzers.japaneseDictionary());
        Document md = new Document();
        md.add(new StringField(F_TYPE, TYPE_META, Field.Store.NO));
        try {
            md.add(new StoredField(F_JSON, ConceptCodec.mapper().writeValueAsString(meta)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        docs.add(md);
        try {
            Files.createDirectories(luceneDir(dir));
            try (Directory d = FSDirectory.open(luceneDir(dir));
                 IndexWriter w = new IndexWriter(d, new IndexWriterConfig()
                         .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                         .setRAMBufferSizeMB(128))) {
                w.deleteDocuments(new org.apache.lucene.index.Term(F_TYPE, TYPE_CONCEPT), new org.apache.lucene.index.Term(F_TYPE, TYPE_TERM),
                        new org.apache.lucene.index.Term(F_TYPE, TYPE_META));
                w.addDocuments(docs);
                w.commit();
            }
        } catch (LockObtainFailedException e) {
            throw IndexException.locked(dir);
        } catch (IOException e) {
            throw new IndexException("cannot write index " + dir + ": " + e.getMessage(), e);
        }
        return new WriteResult(tb.concepts().size(), tb.termCount(), byLang);
    }

    /**
     * Opens the index read-only.
     *
     * @throws IndexException when there is no index with a termbase at {@code dir}
     */
    public static TermIndex open(Path dir) {
        Path lucene = luceneDir(dir);
        if (!Files.isDirectory(lucene)) {
            throw new IndexException("no index at " + dir + " (run 'triglot build' or 'triglot glossary import')");
        }
        Directory d = null;
        DirectoryReader r = null;
        try {
            d = FSDirectory.open(lucene);
            if (!DirectoryReader.indexExists(d)) {
                throw new IndexException("no index at " + dir + " (run 'triglot build' or 'triglot glossary import')");
            }
            r = DirectoryReader.open(d);
            IndexSearcher s = new IndexSearcher(r);
            TopDocs top = s.search(new TermQuery(new org.apache.lucene.index.Term(F_TYPE, TYPE_META)), 1);
            if (top.scoreDocs.length == 0) {
                throw new IndexException("the index at " + dir + " has no termbase (run 'triglot glossary import')");
            }
            String json = s.storedFields().document(top.scoreDocs[0].doc).get(F_JSON);
            IndexMeta meta = ConceptCodec.mapper().readValue(json, IndexMeta.class);
            if (meta.format() != IndexMeta.FORMAT) {
                throw new IndexException("the index at " + dir + " was written by another version of triglot (run 'triglot build')");
            }
            return new TermIndex(d, r, meta);
        } catch (IOException e) {
            closeQuietly(r, d);
            throw new IndexException("cannot read index " + dir + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeQuietly(r, d);
            throw e;
        }
    }

    private static void closeQuietly(Closeable... cs) {
        for (Closeable c : cs) {
            if (c != null) {
                try {
                    c.close();
                } catch (IOException ignored) {
                    // already failing; the first error is the one to report
                }
            }
        }
    }

    /**
     * The term analysis of the index's termbase (its user dictionaries), or plain analyzers when the index
     * has no termbase: what the memory's matcher and concordance tokenize with.
     */
    public static TermAnalyzers analyzersOrPlain(Path dir) {
        try (TermIndex ti = open(dir)) {
            return ti.analyzers();
        } catch (IndexException | IOException e) {
            return TermAnalyzers.fromDictionaries("", "");
        }
    }

    public IndexMeta meta() {
        return meta;
    }

    public TermAnalyzers analyzers() {
        return analyzers;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    /**
     * Whether some match key of {@code lang} starts with {@code text}. Most tokens of running text start no
     * term; answering that from sorted arrays in memory, without building a key, is several times cheaper than
     * a seek in Lucene's terms dictionary, which then runs only for the tokens that may.
     */
    boolean anyKeyStartsWith(Language lang, String text) {
        KeyTable t = keyTables;
        if (t == null) {
            t = loadKeys();
        }
        String[] keys = t.bodies[lang.ordinal()];
        if (text.length() == 0) {
            return keys.length > 0;
        }
        if (text.length() >= 2 && !t.pairs[lang.ordinal()].get(pair(text))) {
            return false; // no key starts with these two characters: no hashing of the whole token
        }
        if (text.length() <= SHORT_PREFIX) {
            return t.shortPrefixes[lang.ordinal()].contains(text); // a hash lookup settles the usual case
        }
        // a longer text: no key has its first SHORT_PREFIX + 1 characters, mostly, and a bit says so before a
        // binary search over thousands of keys (each comparison a cache miss) has to
        java.util.BitSet heads = t.longHeads[lang.ordinal()];
        if (!heads.get(longHead(text, heads.size()))) {
            return false;
        }
        long packed = t.ranges[lang.ordinal()][text.charAt(0)];
        if (packed == 0) {
            return false;
        }
        int lo = (int) (packed >>> 32);
        int end = (int) packed;
        int hi = end - 1;
        while (lo <= hi) { // the first key not before the text
            int mid = (lo + hi) >>> 1;
            if (keys[mid].compareTo(text) < 0) { // String.compareTo is a JIT intrinsic
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo < end && keys[lo].startsWith(text);
    }

    /**
     * Whether some English key starts with the whole words of {@code text} ("export control" of "export control
     * regime"; not "export con"): a run of tokens can only ever match such a key. A bit per such prefix, set from
     * the keys, turns away most runs before a binary search; a bit set by another prefix lets the search decide.
     */
    boolean anyKeyStartsWithWords(Language lang, String text) {
        KeyTable t = keyTables;
        if (t == null) {
            t = loadKeys();
        }
        java.util.BitSet words = t.wordPrefixes[lang.ordinal()];
        return words.get(mixed(text.hashCode()) & (words.size() - 1)) && anyKeyStartsWith(lang, text);
    }

    private static int mixed(int h) {
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        return h;
    }

    /** Prefixes up to this length are kept in a hash set: most tokens are shorter, and most start no key. */
    private static final int SHORT_PREFIX = 6;

    /**
     * Key texts per language, sorted; for each first character the [start, end) of its keys, packed; and every
     * prefix of a key up to {@link #SHORT_PREFIX} characters.
     */
    private record KeyTable(String[][] bodies, long[][] ranges, java.util.Set<String>[] shortPrefixes,
                            java.util.Set<String>[] exact, java.util.Set<String>[] firstWords,
                            java.util.BitSet[] pairs, java.util.Set<String>[] longer, java.util.BitSet[] longHeads,
                            java.util.BitSet[] wordPrefixes) {
    }

    /** The bit of a text's first {@code SHORT_PREFIX + 1} characters in a set of {@code bits} (a power of two). */
    private static int longHead(String text, int bits) {
        int h = 0;
        for (int i = 0; i <= SHORT_PREFIX; i++) {
            h = 31 * h + text.charAt(i);
        }
        return mixed(h) & (bits - 1);
    }

    /**
     * Whether some key of {@code lang} is longer than {@code text} and starts with it: whether a run that
     * reached {@code text} can go on to the next token. Most terms a text holds are one word (Korea, 일본).
     */
    boolean anyLongerKey(Language lang, String text) {
        KeyTable t = keyTables;
        if (t == null) {
            t = loadKeys();
        }
        if (text.length() <= SHORT_PREFIX) {
            return t.longer[lang.ordinal()].contains(text);
        }
        String[] keys = t.bodies[lang.ordinal()];
        int i = java.util.Arrays.binarySearch(keys, text);
        int next = i >= 0 ? i + 1 : -i - 1;
        return next < keys.length && keys[next].startsWith(text) && keys[next].length() > text.length();
    }

    /**
     * Whether some key of {@code lang} starts with the whole word {@code word} (its first word, up to a space,
     * is this word): a token that cannot be joined to the next without a space ("the", "to") starts a term
     * only so, though many keys start with its letters (tokyo).
     */
    boolean isFirstWord(Language lang, String word) {
        KeyTable t = keyTables;
        if (t == null) {
            t = loadKeys();
        }
        if (word.length() >= 2 && !t.pairs[lang.ordinal()].get(pair(word))) {
            return false;
        }
        return t.firstWords[lang.ordinal()].contains(word);
    }

    /** The first two characters of a text, hashed into the bit set of keys' first two characters. */
    private static int pair(String text) {
        return (text.charAt(0) * 31 + text.charAt(1)) & 0xFFFF;
    }

    /** Whether {@code text} is a match key of {@code lang}: only then is the terms dictionary asked for its terms. */
    boolean isKey(Language lang, String text) {
        KeyTable t = keyTables;
        if (t == null) {
            t = loadKeys();
        }
        return t.exact[lang.ordinal()].contains(text);
    }

    /** The lower-case words of the English terms (labor of "forced labor"), read once. */
    public java.util.Set<String> englishTermWords() {
        java.util.Set<String> w = englishWords;
        if (w == null) {
            w = new java.util.HashSet<>();
            for (Concept c : termbase().concepts()) {
                for (Term t : c.termsIn("en")) {
                    for (String word : t.text().toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+")) {
                        if (!word.isEmpty()) {
                            w.add(word);
                        }
                    }
                }
            }
            englishWords = w;
        }
        return w;
    }

    private synchronized KeyTable loadKeys() {
        if (keyTables != null) {
            return keyTables;
        }
        List<List<String>> byLang = new ArrayList<>();
        for (Language l : Language.values()) {
            byLang.add(new ArrayList<>());
        }
        try {
            for (var leaf : reader.leaves()) {
                var terms = leaf.reader().terms(F_KEY);
                if (terms == null) {
                    continue;
                }
                var te = terms.iterator();
                for (var t = te.next(); t != null; t = te.next()) {
                    String k = t.utf8ToString();
                    int sep = k.indexOf('\u0001');
                    Language l = sep < 0 ? null : Language.ofTag(k.substring(0, sep));
                    if (l != null) {
                        byLang.get(l.ordinal()).add(k.substring(sep + 1));
                    }
                }
            }
        } catch (IOException e) {
            throw new IndexException("cannot read index: " + e.getMessage(), e);
        }
        String[][] bodies = new String[byLang.size()][];
        long[][] ranges = new long[byLang.size()][];
        @SuppressWarnings("unchecked")
        java.util.Set<String>[] prefixes = new java.util.Set[byLang.size()];
        @SuppressWarnings("unchecked")
        java.util.Set<String>[] exact = new java.util.Set[byLang.size()];
        @SuppressWarnings("unchecked")
        java.util.Set<String>[] firstWords = new java.util.Set[byLang.size()];
        java.util.BitSet[] pairs = new java.util.BitSet[byLang.size()];
        java.util.BitSet[] longHeads = new java.util.BitSet[byLang.size()];
        java.util.BitSet[] wordPrefixes = new java.util.BitSet[byLang.size()];
        @SuppressWarnings("unchecked")
        java.util.Set<String>[] longer = new java.util.Set[byLang.size()];
        for (int l = 0; l < bodies.length; l++) {
            // String (UTF-16) order for the binary search; the terms dictionary's is UTF-8 byte order
            String[] keys = byLang.get(l).stream().distinct().sorted().toArray(String[]::new);
            long[] r = new long[65536];
            for (int i = 0; i < keys.length; i++) {
                if (keys[i].isEmpty()) {
                    continue;
                }
                char c = keys[i].charAt(0);
                long start = r[c] == 0 ? i : r[c] >>> 32;
                r[c] = (start << 32) | (i + 1);
            }
            bodies[l] = keys;
            ranges[l] = r;
            exact[l] = new java.util.HashSet<>(java.util.Arrays.asList(keys));
            firstWords[l] = new java.util.HashSet<>();
            pairs[l] = new java.util.BitSet(65536);
            for (String k : keys) {
                if (k.length() >= 2) {
                    pairs[l].set(pair(k));
                }
                int sp = k.indexOf(' ');
                firstWords[l].add(sp < 0 ? k : k.substring(0, sp));
            }
            // sixteen bits a key: about one text in twenty that no key starts with gets past
            int bits = Integer.highestOneBit(Math.max(1 << 10, keys.length * 16 - 1)) << 1;
            longHeads[l] = new java.util.BitSet(bits);
            for (String k : keys) {
                if (k.length() > SHORT_PREFIX) {
                    longHeads[l].set(longHead(k, bits));
                }
            }
            wordPrefixes[l] = new java.util.BitSet(bits);
            for (String k : keys) {
                for (int sp = k.indexOf(' '); sp > 0; sp = k.indexOf(' ', sp + 1)) {
                    wordPrefixes[l].set(mixed(k.substring(0, sp).hashCode()) & (bits - 1));
                }
                wordPrefixes[l].set(mixed(k.hashCode()) & (bits - 1));
            }
            prefixes[l] = new java.util.HashSet<>();
            longer[l] = new java.util.HashSet<>();
            for (String k : keys) {
                for (int n = 1; n < k.length() && n <= SHORT_PREFIX; n++) {
                    longer[l].add(k.substring(0, n));
                }
            }
            for (String k : keys) {
                for (int n = 1; n <= Math.min(SHORT_PREFIX, k.length()); n++) {
                    prefixes[l].add(k.substring(0, n));
                }
            }
        }
        KeyTable t = new KeyTable(bodies, ranges, prefixes, exact, firstWords, pairs, longer, longHeads, wordPrefixes);
        keyTables = t;
        return t;
    }

    /**
     * How many tokens of running text a term of this language may span. Text can split a term more finely
     * than the term's own analysis (한·일 is two tokens where the dictionary word 한일 is one; white-list is
     * two where whitelist is one), so the bound is twice the longest term plus one.
     */
    public int maxTokens(Language lang) {
        return Math.min(TermAnalyzers.MAX_SPAN, 2 * meta.maxTokens().getOrDefault(lang.code(), 1) + 1);
    }

    /** The whole termbase, in index order (read once; the index is read-only). */
    public Termbase termbase() {
        Termbase tb = termbase;
        if (tb == null) {
            tb = readTermbase();
            termbase = tb;
        }
        return tb;
    }

    private Termbase readTermbase() {
        try {
            List<Concept> out = new ArrayList<>();
            var stored = searcher.storedFields();
            TopDocs all = searcher.search(new TermQuery(new org.apache.lucene.index.Term(F_TYPE, TYPE_CONCEPT)), Math.max(1, reader.maxDoc()));
            int[] docs = new int[all.scoreDocs.length];
            for (int i = 0; i < docs.length; i++) {
                docs[i] = all.scoreDocs[i].doc;
            }
            java.util.Arrays.sort(docs); // insertion order
            for (int doc : docs) {
                out.add(ConceptCodec.decode(stored.document(doc).get(F_JSON)));
            }
            return new Termbase(null, out);
        } catch (IOException e) {
            throw new IndexException("cannot read index: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() throws IOException {
        try {
            reader.close();
        } finally {
            directory.close();
        }
    }
}
