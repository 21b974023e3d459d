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
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.cjk.CJKWidthCharFilter;
import org.apache.lucene.analysis.core.LowerCaseFilter;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseTokenizer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;

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
        per.put(analyzedField(Language.EN), new EnglishAnalyzer());
        per.put(analyzedField(Language.KO), new KoreanAnalyzer());
        per.put(analyzedField(Language.JA), new JapaneseAnalyzer(null, JapaneseTokenizer.Mode.SEARCH,
                JapaneseAnalyzer.getDefaultStopSet(), JapaneseAnalyzer.getDefaultStopTags()));
        Analyzer bigrams = new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String field) {
                Tokenizer t = new NGramTokenizer(2, 2);
                return new TokenStreamComponents(t, new LowerCaseFilter(t));
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
     * are reported to {@code rejected}; every good unit is indexed.
     */
    public static AddResult add(Path dir, List<Path> files, Consumer<TmxReader.Rejected> rejected) {
        try {
            Files.createDirectories(TermIndex.luceneDir(dir));
            try (Directory d = FSDirectory.open(TermIndex.luceneDir(dir));
                 IndexWriter w = new IndexWriter(d, new IndexWriterConfig(analyzer())
                         .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND).setRAMBufferSizeMB(256))) {
                int units = 0;
                int bad = 0;
                for (Path f : files) {
                    String file = f.toString();
                    // a file added again replaces what it brought before (units it no longer has go too)
                    w.deleteDocuments(new Term(F_FILE, file));
                    IOException[] failure = new IOException[1];
                    TmxReader.Summary s = TmxReader.read(f, u -> {
                        try {
                            w.updateDocument(new Term(F_TUID, u.tuid()), document(u, file));
                        } catch (IOException e) {
                            failure[0] = e;
                        }
                    }, rejected);
                    if (failure[0] != null) {
                        throw failure[0];
                    }
                    units += s.units();
                    bad += s.rejected();
                }
                w.commit();
                return new AddResult(files.size(), units, bad);
            }
        } catch (LockObtainFailedException e) {
            throw new IndexException("index " + dir + " is being written by another process; try again when it finishes");
        } catch (IOException e) {
            throw new IndexException("cannot write index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** The index document of a unit (fields per language, texts and props stored). */
    public static Document document(TranslationUnit u, String file) {
        Document d = new Document();
        d.add(new StringField(TermIndex.F_TYPE, TYPE_UNIT, Field.Store.NO));
        d.add(new StringField(F_TUID, u.tuid(), Field.Store.YES));
        d.add(new StringField(F_FILE, file, Field.Store.YES));
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
                d.add(new TextField(ngramField(l), e.getValue(), Field.Store.NO));
            }
        }
        try {
            d.add(new StoredField(F_PROPS, ConceptCodec.mapper().writeValueAsString(u.props())));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return d;
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
            throw new IndexException("index " + dir + " is being written by another process; try again when it finishes");
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
