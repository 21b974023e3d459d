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
import java.util.Arrays;
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
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

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
    /** Every match key by language, with its term documents, for walking running text (read on first use). */
    private volatile KeyTrie[] keyTries;
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
     * The match keys of {@code lang} as a trie in memory, with each key's term documents, read from the index
     * on first use: most tokens of running text start no term, and walking a token's characters down the trie
     * turns them away without building a key; a key found gives its term documents without a search.
     */
    KeyTrie keys(Language lang) {
        KeyTrie[] t = keyTries;
        if (t == null) {
            t = loadKeys();
        }
        return t[lang.ordinal()];
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

    private static final int[] NO_DOCS = new int[0];

    /**
     * Reads every match key and the term documents that have it (live ones, by their id in the whole index)
     * into a trie per language: the reader is fixed for this index's life, so the ids stay valid.
     */
    private synchronized KeyTrie[] loadKeys() {
        if (keyTries != null) {
            return keyTries;
        }
        int langs = Language.values().length;
        List<List<String>> keys = new ArrayList<>();
        List<List<int[]>> docs = new ArrayList<>();
        for (int l = 0; l < langs; l++) {
            keys.add(new ArrayList<>());
            docs.add(new ArrayList<>());
        }
        try {
            PostingsEnum pe = null;
            for (var leaf : reader.leaves()) {
                var terms = leaf.reader().terms(F_KEY);
                if (terms == null) {
                    continue;
                }
                Bits live = leaf.reader().getLiveDocs();
                var te = terms.iterator();
                for (var t = te.next(); t != null; t = te.next()) {
                    String k = t.utf8ToString();
                    int sep = k.indexOf('\u0001');
                    Language l = sep < 0 ? null : Language.ofTag(k.substring(0, sep));
                    if (l == null) {
                        continue;
                    }
                    pe = te.postings(pe, PostingsEnum.NONE);
                    int[] d = NO_DOCS;
                    for (int doc = pe.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = pe.nextDoc()) {
                        if (live == null || live.get(doc)) {
                            d = Arrays.copyOf(d, d.length + 1); // mostly one term a key
                            d[d.length - 1] = leaf.docBase + doc;
                        }
                    }
                    if (d.length > 0) {
                        keys.get(l.ordinal()).add(k.substring(sep + 1));
                        docs.get(l.ordinal()).add(d);
                    }
                }
            }
        } catch (IOException e) {
            throw new IndexException("cannot read index: " + e.getMessage(), e);
        }
        KeyTrie[] tries = new KeyTrie[langs];
        for (int l = 0; l < langs; l++) {
            tries[l] = trie(keys.get(l), docs.get(l));
        }
        keyTries = tries;
        return tries;
    }

    /**
     * The trie of keys read segment by segment. One segment gives them in the terms dictionary's order,
     * UTF-8 bytes, which is String order but for characters beyond the BMP; otherwise, or then, they are sorted
     * (stably, so a key's documents stay in index order) and a key in several segments gets all their documents.
     */
    private static KeyTrie trie(List<String> keys, List<int[]> docs) {
        int n = keys.size();
        boolean sorted = true;
        for (int i = 1; i < n && sorted; i++) {
            sorted = keys.get(i - 1).compareTo(keys.get(i)) < 0;
        }
        if (sorted) {
            return KeyTrie.of(keys.toArray(String[]::new), docs.toArray(int[][]::new));
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (x, y) -> keys.get(x).compareTo(keys.get(y)));
        List<String> outKeys = new ArrayList<>(n);
        List<int[]> outDocs = new ArrayList<>(n);
        for (int i : order) {
            int last = outKeys.size() - 1;
            if (last >= 0 && outKeys.get(last).equals(keys.get(i))) {
                int[] a = outDocs.get(last);
                int[] b = docs.get(i);
                int[] both = Arrays.copyOf(a, a.length + b.length);
                System.arraycopy(b, 0, both, a.length, b.length);
                outDocs.set(last, both);
            } else {
                outKeys.add(keys.get(i));
                outDocs.add(docs.get(i));
            }
        }
        return KeyTrie.of(outKeys.toArray(String[]::new), outDocs.toArray(int[][]::new));
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
