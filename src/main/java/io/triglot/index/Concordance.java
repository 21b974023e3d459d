package io.triglot.index;

import io.triglot.lang.Language;
import io.triglot.lang.TermAnalyzers;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Keyword in context from the memory: units whose text in one language contains a phrase, in any
 * inflected form (ホワイト国 finds ホワイト国から, 지소미아 finds 지소미아를, white list finds white-listed), with
 * the phrase located in the stored text by the same keys term lookup uses, and the aligned translations.
 */
public final class Concordance implements AutoCloseable {
    private final Directory directory;
    private final DirectoryReader reader;
    private final IndexSearcher searcher;
    private final Analyzer analyzer = TranslationMemory.analyzer();
    private final TermAnalyzers terms;

    /** One occurrence: the text around it and the unit's other languages. */
    public record Line(String left, String match, String right, Map<String, String> translations, String tuid,
                       List<String> documents) {
    }

    public Concordance(Path dir) {
        try {
            directory = FSDirectory.open(TermIndex.luceneDir(dir));
            reader = DirectoryReader.open(directory);
            searcher = new IndexSearcher(reader);
            terms = TermIndex.analyzersOrPlain(dir);
        } catch (org.apache.lucene.index.IndexNotFoundException e) {
            throw new IndexException("no index at " + dir + " (run 'triglot build')");
        } catch (IOException e) {
            throw new IndexException("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }

    /** Occurrences of {@code phrase} in the {@code lang} texts, in index order, at most {@code limit} units. */
    public List<Line> find(String phrase, Language lang, int width, int limit) {
        try {
            PhraseQuery.Builder pq = new PhraseQuery.Builder();
            String field = TranslationMemory.analyzedField(lang);
            int pos = -1;
            int count = 0;
            try (TokenStream ts = analyzer.tokenStream(field, phrase)) {
                CharTermAttribute a = ts.addAttribute(CharTermAttribute.class);
                PositionIncrementAttribute inc = ts.addAttribute(PositionIncrementAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    pos += inc.getPositionIncrement();
                    pq.add(new org.apache.lucene.index.Term(field, a.toString()), pos);
                    count++;
                }
                ts.end();
            }
            if (count == 0) {
                return List.of();
            }
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(pq.setSlop(0).build(), BooleanClause.Occur.MUST)
                    .add(new TermQuery(new org.apache.lucene.index.Term(TermIndex.F_TYPE, TranslationMemory.TYPE_UNIT)),
                            BooleanClause.Occur.FILTER)
                    .build();
            Set<String> keys = new HashSet<>(terms.termKeys(new Term(phrase, lang.code(), TermStatus.ADMITTED,
                    TermType.FULL_FORM, null, false, List.of()), lang));
            int maxTokens = Math.min(TermAnalyzers.MAX_SPAN, 2 * terms.tokenCount(new Term(phrase, lang.code(),
                    TermStatus.ADMITTED, TermType.FULL_FORM, null, false, List.of()), lang) + 1);
            List<Line> out = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q, limit, TranslationMemory.MEMORY_ORDER).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                String text = d.get(TranslationMemory.textField(lang));
                if (text == null) {
                    continue;
                }
                Map<String, String> translations = new LinkedHashMap<>();
                for (Language l : Language.values()) {
                    if (l != lang && d.get(TranslationMemory.textField(l)) != null) {
                        translations.put(d.get(TranslationMemory.textField(l) + "_tag"), d.get(TranslationMemory.textField(l)));
                    }
                }
                int[] at = locate(text, lang, keys, maxTokens);
                if (at == null) {
                    at = substring(text, phrase);
                }
                int s = at == null ? 0 : at[0];
                int e = at == null ? 0 : at[1];
                out.add(new Line(clipLeft(text.substring(0, s), width), text.substring(s, e), clipRight(text.substring(e), width),
                        translations, d.get(TranslationMemory.F_TUID), List.of(d.getValues(TranslationMemory.F_DOC))));
            }
            return out;
        } catch (IOException e) {
            throw new IndexException("cannot search index: " + e.getMessage(), e);
        }
    }

    /** The first run of tokens with the phrase's key, as offsets, or null. */
    private int[] locate(String text, Language lang, Set<String> keys, int maxTokens) {
        for (TermAnalyzers.Span span : terms.spans(lang, text, maxTokens)) {
            for (String k : span.keys()) {
                if (keys.contains(k)) {
                    return new int[] {span.start(), span.end()};
                }
            }
        }
        return null;
    }

    /**
     * Where token boundaries hide the phrase (ホワイト国 inside the compound ホワイト国除外), the folded text
     * still shows it.
     */
    private static int[] substring(String text, String phrase) {
        String t = io.triglot.lang.TextNormalizer.fold(text, true);
        String p = io.triglot.lang.TextNormalizer.fold(phrase, true);
        int i = t.length() == text.length() ? t.indexOf(p) : -1;
        return i < 0 ? null : new int[] {i, i + p.length()};
    }

    private static String clipLeft(String s, int width) {
        return s.length() <= width ? s : "…" + s.substring(s.length() - width);
    }

    private static String clipRight(String s, int width) {
        return s.length() <= width ? s : s.substring(0, width) + "…";
    }

    @Override
    public void close() throws IOException {
        reader.close();
        directory.close();
    }
}
