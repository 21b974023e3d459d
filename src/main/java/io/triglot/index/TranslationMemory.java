package io.triglot.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.triglot.io.tmx.TmxReader;
import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKBigramFilter;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.core.TypeTokenFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.BytesRef;

/**
 * The translation-memory part of the index: one document per unit, with per-language fields (English
 * stemmed; Korean through Nori with its part-of-speech stop filter; Japanese through Kuromoji in search
 * mode with width folding; character bigrams for Korean and Japanese recall), the texts and props stored.
 * Units are keyed by tuid: adding a unit again replaces it, and adding a file again replaces the units it
 * brought before. Each import is one commit, so searches keep
 * reading the previous commit until it lands, and a failed import loses nothing.
 */
public final class TranslationMemory {
    static final String TYPE_UNIT = "unit";
    static final String F_TUID = "tuid";
    static final String F_DOC = "doc";
    static final String F_FILE = "file";
    static final String F_LANGS = "langs";
    static final String F_PROPS = "props";
    static final String F_SEQ = "seq";
    /** What a unit brought besides texts and props (notes, attributes, inline markup), as JSON, when it has any. */
    static final String F_EXTRAS = "extras";

    /** Bigram fields: only term queries run on them, so no positions. */
    private static final FieldType NGRAMS = new FieldType(TextField.TYPE_NOT_STORED);

    static {
        NGRAMS.setIndexOptions(IndexOptions.DOCS_AND_FREQS);
        NGRAMS.freeze();
    }

    private TranslationMemory() {
    }

    static String textField(Language l) {
        return "text_" + l.code();
    }

    static String analyzedField(Language l) {
        return "tm_" + l.code();
    }

    static String ngramField(Language l) {
        return "ng_" + l.code();
    }

    /** The analyzers of the unit fields. */
    public static Analyzer analyzer() {
        Map<String, Analyzer> per = new HashMap<>();
        per.put(analyzedField(Language.EN), new Analyzer() {
            // EnglishAnalyzer's chain, after width folding (full-width Latin compares equal in the score too)
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream ts = new EnglishPossessiveFilter(t);
                ts = new LowerCaseFilter(ts);
                ts = new StopFilter(ts, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
                return new TokenStreamComponents(t, new PorterStemFilter(ts));
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        });
        per.put(analyzedField(Language.KO), new KoreanAnalyzer());
        per.put(analyzedField(Language.JA), new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH,
                JapaneseAnalyzer.getDefaultStopSet(), JapaneseAnalyzer.getDefaultStopTags()));
        Analyzer bigrams = new Analyzer() {
            // Lucene's CJK recipe: Han, katakana and Hangul runs as overlapping bigrams (a lone character as a
            // unigram); hiragana (particles and endings), Latin words and numbers are left to the word fields
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new StandardTokenizer();
                TokenStream ts = new LowerCaseFilter(t);
                ts = new CJKBigramFilter(ts, CJKBigramFilter.HAN | CJKBigramFilter.KATAKANA | CJKBigramFilter.HANGUL);
                ts = new TypeTokenFilter(ts, Set.of(CJKBigramFilter.DOUBLE_TYPE, CJKBigramFilter.SINGLE_TYPE), true);
                return new TokenStreamComponents(t, ts);
            }

            @Override
            protected Reader initReader(String field, Reader reader) {
                return new CJKWidthCharFilter(reader);
            }
        };
        per.put(ngramField(Language.KO), bigrams);
        per.put(ngramField(Language.JA), bigrams);
        return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), per);
    }

    /** Counts of an import. */
    public record AddResult(int files, int units, int rejected) {
    }

    /**
     * Indexes TMX files in one commit. Rejected units (and the rest of a file that stops being well-formed)
     * are reported to {@code rejected}; every good unit is indexed. Files are read in this thread and the
     * units analyzed and indexed on all cores.
     */
    public static AddResult add(Path dir, List<Path> files, Consumer<TmxReader.Rejected> rejected) {
        try (Importer imp = Importer.open(dir, Runtime.getRuntime().availableProcessors())) {
            int units = 0;
            int bad = 0;
            for (Path f : files) {
                String file = f.toString();
                // a file added again replaces what it brought before (units it no longer has go too)
                imp.removeFile(file);
                TmxReader.Summary s = TmxReader.read(f, u -> imp.add(u, file), rejected);
                units += s.units();
                bad += s.rejected();
            }
            imp.commit();
            return new AddResult(files.size(), units, bad);
        }
    }

    /**
     * Adds units to the index from several threads (analysis is most of the work, and it runs in parallel);
     * nothing is visible to searches until {@link #commit}, and closing without it keeps the last commit.
     */
    public static final class Importer implements AutoCloseable {
        private final Path dir;
        private final Directory directory;
        private final IndexWriter writer;
        private final java.util.concurrent.ThreadPoolExecutor[] lanes;
        private final List<Queued>[] batches;
        private final java.util.concurrent.atomic.AtomicReference<IOException> failure = new java.util.concurrent.atomic.AtomicReference<>();
        /** Units submitted and not yet indexed, plus this importer's own party. */
        private final java.util.concurrent.Phaser pending = new java.util.concurrent.Phaser(1);
        /** Units added per file, for their place in it. */
        private final Map<String, Long> sequence = new HashMap<>();

        @SuppressWarnings("unchecked")
        private Importer(Path dir, Directory directory, IndexWriter writer, int threads) {
            this.dir = dir;
            this.directory = directory;
            this.writer = writer;
            // one thread per lane, each with a bounded queue (the reading thread waits when it is full); a unit
            // goes to the lane of its tuid, so two units with one tuid are indexed in the order they came
            this.lanes = new java.util.concurrent.ThreadPoolExecutor[threads];
            this.batches = new List[threads];
            for (int i = 0; i < threads; i++) {
                lanes[i] = new java.util.concurrent.ThreadPoolExecutor(1, 1, 0L, java.util.concurrent.TimeUnit.SECONDS,
                        new java.util.concurrent.ArrayBlockingQueue<>(32), r -> {
                            Thread t = new Thread(r, "triglot-index");
                            t.setDaemon(true);
                            return t;
                        }, (task, executor) -> {
                            try {
                                executor.getQueue().put(task);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                                throw new java.util.concurrent.RejectedExecutionException(e);
                            }
                        });
                batches[i] = new java.util.ArrayList<>(BATCH);
            }
        }

        /** Opens the index at {@code dir} for writing (creating it), with {@code threads} indexing threads. */
        public static Importer open(Path dir, int threads) {
            Directory d = null;
            try {
                Files.createDirectories(TermIndex.luceneDir(dir));
                d = FSDirectory.open(TermIndex.luceneDir(dir));
                IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer())
                        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(256));
                return new Importer(dir, d, w, Math.max(1, threads));
            } catch (LockObtainFailedException e) {
                closeQuietly(d);
                throw IndexException.locked(dir);
            } catch (IOException e) {
                closeQuietly(d);
                throw new IndexException("cannot write index " + dir + ": " + e.getMessage(), e);
            }
        }

        private static void closeQuietly(Directory d) {
            if (d != null) {
                try {
                    d.close();
                } catch (IOException ignored) {
                    // the first error is the one reported
                }
            }
        }

        /** Removes the units a file brought before (applied in order with the adds that follow). */
        public void removeFile(String file) {
            drain();
            try {
                writer.deleteDocuments(new Term(F_FILE, file));
            } catch (IOException e) {
                throw new IndexException("cannot write index " + dir + ": " + e.getMessage(), e);
            }
        }

        /** Adds a unit, replacing the unit with the same tuid (from one thread: units keep their order). */
        public void add(TranslationUnit u, String file) {
            if (failure.get() != null) {
                return;
            }
            long seq = sequence.merge(file, 1L, Long::sum) - 1;
            int lane = Math.floorMod(u.tuid().hashCode(), lanes.length);
            batches[lane].add(new Queued(u, file, seq));
            if (batches[lane].size() == BATCH) {
                submit(lane);
            }
        }

        /** Units handed to the threads in batches: less hand-over per unit. */
        private static final int BATCH = 64;

        private record Queued(TranslationUnit unit, String file, long seq) {
        }

        private void submit(int lane) {
            if (batches[lane].isEmpty()) {
                return;
            }
            List<Queued> units = batches[lane];
            batches[lane] = new java.util.ArrayList<>(BATCH);
            pending.register();
            lanes[lane].execute(() -> {
                try {
                    for (Queued q : units) {
                        writer.updateDocument(new Term(F_TUID, q.unit().tuid()), document(q.unit(), q.file(), q.seq()));
                    }
                } catch (IOException e) {
                    failure.compareAndSet(null, e);
                } finally {
                    pending.arriveAndDeregister();
                }
            });
        }

        /** Waits until the units added so far are in the writer's buffers (not yet committed). */
        public void await() {
            drain();
        }

        /** Waits for the units submitted so far. */
        private void drain() {
            for (int lane = 0; lane < lanes.length; lane++) {
                submit(lane);
            }
            pending.arriveAndAwaitAdvance();
        }

        /**
         * Writes the in-memory buffers of all lanes as segments at once: {@link IndexWriter#commit} would
         * flush them one after the other on the committing thread, which left every core but one idle at the
         * end of an import (about a tenth of a 100k-unit import). Each lane flushes the largest buffer still
         * pending; the commit then only writes what is left (none, or a small one).
         */
        private void flushInParallel() {
            for (var lane : lanes) {
                pending.register();
                lane.execute(() -> {
                    try {
                        writer.flushNextBuffer();
                    } catch (IOException x) {
                        failure.compareAndSet(null, x);
                    } finally {
                        pending.arriveAndDeregister();
                    }
                });
            }
            pending.arriveAndAwaitAdvance();
        }

        /** Waits for the submitted units and commits them in one step. */
        public void commit() {
            drain();
            flushInParallel();
            IOException e = failure.get();
            try {
                if (e != null) {
                    throw e;
                }
                writer.commit();
            } catch (IOException x) {
                throw new IndexException("cannot write index " + dir + ": " + x.getMessage(), x);
            }
        }

        @Override
        public void close() {
            for (var lane : lanes) {
                lane.shutdown(); // never interrupt: an interrupted thread would close the index files under Lucene
            }
            try {
                for (var lane : lanes) {
                    lane.awaitTermination(1, java.util.concurrent.TimeUnit.HOURS);
                }
                writer.rollback(); // drops what was not committed; a no-op after commit
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException e) {
                throw new IndexException("cannot close index " + dir + ": " + e.getMessage(), e);
            } finally {
                closeQuietly(directory);
            }
        }
    }

    /**
     * The order units are listed in (concordance, consistency): by file, then by place in the file; units are
     * indexed in parallel, so the index's own order is not the files'.
     */
    public static final Sort MEMORY_ORDER = new Sort(new SortField(F_FILE, SortField.Type.STRING),
            new SortField(F_SEQ, SortField.Type.LONG));

    /** The index document of the {@code seq}-th unit of a file (fields per language, texts and props stored). */
    public static Document document(TranslationUnit u, String file, long seq) {
        Document d = new Document();
        d.add(new StringField(TermIndex.F_TYPE, TYPE_UNIT, Field.Store.NO));
        d.add(new StringField(F_TUID, u.tuid(), Field.Store.YES));
        d.add(new StringField(F_FILE, file, Field.Store.YES));
        d.add(new SortedDocValuesField(F_FILE, new BytesRef(file)));
        d.add(new NumericDocValuesField(F_SEQ, seq));
        for (TranslationUnit.Prop p : u.props()) {
            if (p.type().equals("x-document")) {
                d.add(new StringField(F_DOC, p.value(), Field.Store.YES));
            }
        }
        for (Map.Entry<String, String> e : u.texts().entrySet()) {
            Language l = Language.ofTag(e.getKey());
            if (l == null) {
                continue;
            }
            d.add(new StringField(F_LANGS, l.code(), Field.Store.NO));
            d.add(new StoredField(textField(l), e.getValue()));
            d.add(new StoredField(textField(l) + "_tag", e.getKey()));
            d.add(new TextField(analyzedField(l), e.getValue(), Field.Store.NO));
            if (l != Language.EN) {
                d.add(new Field(ngramField(l), e.getValue(), NGRAMS));
            }
        }
        try {
            d.add(new StoredField(F_PROPS, ConceptCodec.mapper().writeValueAsString(u.props())));
            if (!u.notes().isEmpty() || !u.attributes().isEmpty() || !u.variants().isEmpty()) {
                d.add(new StoredField(F_EXTRAS, ConceptCodec.mapper().writeValueAsString(
                        new Extras(u.notes(), u.attributes(), u.variants()))));
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return d;
    }

    /**
     * Every unit of the memory (only those of {@code document}, its {@code x-document} prop, when not null), in
     * memory order, as they were imported: texts under their own language tags, props in their order.
     */
    public static int forEachUnit(Path dir, String document, Consumer<TranslationUnit> out) {
        try (Directory d = FSDirectory.open(TermIndex.luceneDir(dir)); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            BooleanQuery.Builder q = new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TermIndex.F_TYPE, TYPE_UNIT)), BooleanClause.Occur.FILTER);
            if (document != null) {
                q.add(new TermQuery(new Term(F_DOC, document)), BooleanClause.Occur.FILTER);
            }
            var stored = s.storedFields();
            int n = 0;
            for (var sd : s.search(q.build(), Math.max(1, r.maxDoc()), MEMORY_ORDER).scoreDocs) {
                out.accept(unit(stored.document(sd.doc)));
                n++;
            }
            return n;
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            throw new IndexException("no index at " + dir + " (run 'triglot build')");
        } catch (IOException e) {
            throw new IndexException("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** A unit back from its index document. */
    static TranslationUnit unit(Document d) throws IOException {
        Map<String, String> texts = new java.util.LinkedHashMap<>();
        for (Language l : Language.values()) {
            String text = d.get(textField(l));
            if (text != null) {
                String tag = d.get(textField(l) + "_tag");
                texts.put(tag == null ? l.regionTag() : tag, text);
            }
        }
        String json = d.get(F_PROPS);
        List<TranslationUnit.Prop> props = json == null ? List.of()
                : ConceptCodec.mapper().readValue(json, new com.fasterxml.jackson.core.type.TypeReference<List<TranslationUnit.Prop>>() { });
        String extras = d.get(F_EXTRAS);
        if (extras == null) {
            return new TranslationUnit(d.get(F_TUID), texts, props);
        }
        Extras x = ConceptCodec.mapper().readValue(extras, Extras.class);
        return new TranslationUnit(d.get(F_TUID), texts, props, x.notes(), x.attributes(), x.variants());
    }

    /** The stored form of a unit's notes, attributes and per-language extras. */
    record Extras(List<String> notes, Map<String, String> attributes, Map<String, TranslationUnit.Variant> variants) {
    }

    /** Removes the units of one document (the {@code x-document} prop); returns how many went. */
    public static long removeDocument(Path dir, String document) {
        try (Directory d = FSDirectory.open(TermIndex.luceneDir(dir));
             IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer()).setOpenMode(IndexWriterConfig.OpenMode.APPEND))) {
            long before = w.getDocStats().numDocs;
            w.deleteDocuments(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(TermIndex.F_TYPE, TYPE_UNIT)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(F_DOC, document)), BooleanClause.Occur.FILTER).build());
            w.commit();
            w.forceMergeDeletes();
            return before - w.getDocStats().numDocs;
        } catch (LockObtainFailedException e) {
            throw IndexException.locked(dir);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            throw new IndexException("no index at " + dir + " (run 'triglot build')");
        } catch (IOException e) {
            throw new IndexException("cannot write index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Units in total, per language and per document. */
    public record Stats(int units, Map<Language, Integer> byLanguage, Map<String, Integer> byDocument) {
    }

    public static Stats stats(Path dir) {
        try (Directory d = FSDirectory.open(TermIndex.luceneDir(dir)); DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            TermQuery units = new TermQuery(new Term(TermIndex.F_TYPE, TYPE_UNIT));
            Map<Language, Integer> byLang = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                byLang.put(l, s.count(new BooleanQuery.Builder().add(units, BooleanClause.Occur.FILTER)
                        .add(new TermQuery(new Term(F_LANGS, l.code())), BooleanClause.Occur.FILTER).build()));
            }
            Map<String, Integer> byDoc = new java.util.TreeMap<>();
            for (var leaf : r.leaves()) {
                var terms = leaf.reader().terms(F_DOC);
                if (terms == null) {
                    continue;
                }
                var te = terms.iterator();
                for (var t = te.next(); t != null; t = te.next()) {
                    String doc = t.utf8ToString();
                    byDoc.merge(doc, s.count(new TermQuery(new Term(F_DOC, doc))), (a, b) -> b);
                }
            }
            return new Stats(s.count(units), byLang, byDoc);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            throw new IndexException("no index at " + dir + " (run 'triglot build')");
        } catch (IOException e) {
            throw new IndexException("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }
}
