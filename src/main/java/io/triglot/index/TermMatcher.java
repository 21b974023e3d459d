package io.triglot.index;

import io.triglot.lang.Language;
import io.triglot.lang.Scripts;
import io.triglot.lang.TermAnalyzers;
import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Finds glossary terms in running text through the index: every run of tokens becomes a key, one
 * {@link TermInSetQuery} finds the terms with those keys, and the longest matches win.
 */
public final class TermMatcher {
    private static final Set<String> HIT_FIELDS = Set.of(TermIndex.F_ID, TermIndex.F_ORD, TermIndex.F_KEY);
    private static final int MAX_HITS = 100_000;

    private final TermIndex index;
    private final Map<String, Concept> concepts = new ConcurrentHashMap<>();

    /**
     * How to match.
     *
     * @param languages         analyses to run; null means by the scripts in the text
     * @param wholeQueryAnyCase a term typed on its own matches in any case ({@code gsomia} finds GSOMIA)
     * @param keepCaseMismatches report case-sensitive terms written in another case, flagged (for checks)
     */
    public record Options(Set<Language> languages, boolean wholeQueryAnyCase, boolean keepCaseMismatches) {
        /** What a translator's lookup wants. */
        public static Options lookup(Set<Language> languages) {
            return new Options(languages, true, false);
        }
    }

    public TermMatcher(TermIndex index) {
        this.index = index;
    }

    /** All maximal term occurrences in the text, in text order. */
    public List<TermMatch> find(String text, Options options) {
        Set<Language> langs = options.languages() != null ? options.languages() : Scripts.candidates(text);
        TermAnalyzers analyzers = index.analyzers();
        Map<String, List<TermAnalyzers.Span>> byKey = new HashMap<>();
        Map<String, Language> keyLang = new HashMap<>();
        for (Language lang : langs) {
            for (TermAnalyzers.Span span : analyzers.spans(lang, text, index.maxTokens(lang))) {
                for (String k : span.keys()) {
                    String scoped = TermIndex.scopedKey(lang, k);
                    byKey.computeIfAbsent(scoped, x -> new ArrayList<>(1)).add(span);
                    keyLang.put(scoped, lang);
                }
            }
        }
        if (byKey.isEmpty()) {
            return List.of();
        }
        List<BytesRef> terms = new ArrayList<>(byKey.size());
        for (String k : byKey.keySet()) {
            terms.add(new BytesRef(k));
        }
        int trimmedStart = 0;
        while (trimmedStart < text.length() && Character.isWhitespace(text.charAt(trimmedStart))) {
            trimmedStart++;
        }
        int trimmedEnd = text.length();
        while (trimmedEnd > trimmedStart && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        Map<String, TermMatch> best = new LinkedHashMap<>();
        try {
            IndexSearcher searcher = index.searcher();
            TopDocs hits = searcher.search(new TermInSetQuery(TermIndex.F_KEY, terms), MAX_HITS);
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc sd : hits.scoreDocs) {
                Document d = stored.document(sd.doc, HIT_FIELDS);
                String cid = d.get(TermIndex.F_ID);
                int ord = d.getField(TermIndex.F_ORD).numericValue().intValue();
                Concept concept = concept(cid);
                Term term = concept.terms().get(ord);
                for (String key : d.getValues(TermIndex.F_KEY)) {
                    List<TermAnalyzers.Span> spans = byKey.get(key);
                    if (spans == null) {
                        continue;
                    }
                    for (TermAnalyzers.Span span : spans) {
                        String surface = text.substring(span.start(), span.end());
                        boolean mismatch = term.caseSensitive() && !TermAnalyzers.sameCase(surface, term.text());
                        boolean whole = span.start() == trimmedStart && span.end() == trimmedEnd;
                        if (mismatch && !(options.keepCaseMismatches() || (whole && options.wholeQueryAnyCase()))) {
                            continue;
                        }
                        TermMatch m = new TermMatch(span.start(), span.end(), surface, concept, term,
                                keyLang.get(key), mismatch);
                        best.merge(cid + '\u0000' + span.start() + '\u0000' + span.end(), m, TermMatcher::better);
                    }
                }
            }
        } catch (IOException e) {
            throw new IndexException("cannot search index: " + e.getMessage(), e);
        }
        List<TermMatch> all = new ArrayList<>(best.values());
        List<TermMatch> out = new ArrayList<>();
        for (TermMatch m : all) {
            boolean inside = false;
            for (TermMatch o : all) {
                if (o != m && !o.caseMismatch() && m.strictlyInside(o)) {
                    inside = true;
                    break;
                }
            }
            if (!inside) {
                out.add(m);
            }
        }
        out.sort(Comparator.comparingInt(TermMatch::start).thenComparing(m -> -(m.end() - m.start()))
                .thenComparing(m -> m.concept().id()));
        return out;
    }

    /**
     * Of two terms of one concept matching the same span, the better explanation: right case first,
     * then the term spelled exactly as the text, then by status (preferred first), then file order.
     */
    private static TermMatch better(TermMatch a, TermMatch b) {
        if (a.caseMismatch() != b.caseMismatch()) {
            return a.caseMismatch() ? b : a;
        }
        boolean ea = exact(a);
        boolean eb = exact(b);
        if (ea != eb) {
            return ea ? a : b;
        }
        int s = a.term().status().compareTo(b.term().status());
        if (s != 0) {
            return s < 0 ? a : b;
        }
        return a.concept().terms().indexOf(a.term()) <= b.concept().terms().indexOf(b.term()) ? a : b;
    }

    private static boolean exact(TermMatch m) {
        return TextNormalizer.fold(m.surface(), false).equals(TextNormalizer.fold(m.term().text(), false));
    }

    /** A concept by id, read from the index once per matcher. */
    public Concept concept(String id) {
        Concept c = concepts.get(id);
        if (c != null) {
            return c;
        }
        try {
            BooleanQuery q = new BooleanQuery.Builder()
                    .add(new TermQuery(new org.apache.lucene.index.Term(TermIndex.F_TYPE, TermIndex.TYPE_CONCEPT)),
                            BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new org.apache.lucene.index.Term(TermIndex.F_ID, id)), BooleanClause.Occur.FILTER)
                    .build();
            TopDocs top = index.searcher().search(q, 1);
            if (top.scoreDocs.length == 0) {
                throw new IndexException("index refers to missing concept '" + id + "' (run 'triglot build')");
            }
            c = ConceptCodec.decode(index.searcher().storedFields().document(top.scoreDocs[0].doc).get(TermIndex.F_JSON));
            concepts.put(id, c);
            return c;
        } catch (IOException e) {
            throw new IndexException("cannot read index: " + e.getMessage(), e);
        }
    }
}
