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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;

/**
 * Finds glossary terms in running text through the index's match keys (a trie in memory): runs of tokens
 * are extended while some glossary key starts with them, and the longest matches win.
 */
public final class TermMatcher {
    private static final Set<String> HIT_FIELDS = Set.of(TermIndex.F_ID, TermIndex.F_ORD, TermIndex.F_KEY);

    private final TermIndex index;
    /** Concepts by id, and the terms of term documents, shared by every matcher of the index (it is read-only). */
    private final Map<String, Concept> concepts;

    /**
     * How to match.
     *
     * @param languages         analyses to run; null means by the scripts in the text
     * @param wholeQueryAnyCase a term typed on its own matches in any case ({@code gsomia} finds GSOMIA)
     * @param keepCaseMismatches report case-sensitive terms written in another case, flagged (for checks)
     * @param keepNested        also report terms inside longer ones (문재인 in 문재인 정부: is the concept there at all?)
     */
    public record Options(Set<Language> languages, boolean wholeQueryAnyCase, boolean keepCaseMismatches,
                          boolean keepNested) {
        /** Longest matches only: a term inside a longer term is left out. */
        public Options(Set<Language> languages, boolean wholeQueryAnyCase, boolean keepCaseMismatches) {
            this(languages, wholeQueryAnyCase, keepCaseMismatches, false);
        }

        /** What a translator's lookup wants. */
        public static Options lookup(Set<Language> languages) {
            return new Options(languages, true, false);
        }
    }

    public TermMatcher(TermIndex index) {
        this.index = index;
        this.concepts = index.conceptCache;
        this.termOf = index.termCache;
        this.conceptOf = index.termConceptCache;
        this.codeLike = index.termCodeLikeCache;
    }

    /** All maximal term occurrences in the text, in text order. */
    public List<TermMatch> find(String text, Options options) {
        Set<Language> langs = options.languages() != null ? options.languages() : Scripts.candidates(text);
        TermAnalyzers analyzers = index.analyzers();
        List<TermAnalyzers.Positions> positions = new ArrayList<>(langs.size());
        for (Language lang : langs) {
            positions.add(analyzers.positions(lang, text));
        }
        int trimmedStart = 0;
        while (trimmedStart < text.length() && Character.isWhitespace(text.charAt(trimmedStart))) {
            trimmedStart++;
        }
        int trimmedEnd = text.length();
        while (trimmedEnd > trimmedStart && Character.isWhitespace(text.charAt(trimmedEnd - 1))) {
            trimmedEnd--;
        }
        Language[] dominant = new Language[1]; // only needed to break ties: worked out on the first one
        record Span(String concept, int start, int end) {
        }
        Map<Span, TermMatch> best = new LinkedHashMap<>();
        try {
            StoredFields[] stored = new StoredFields[1]; // opened on the first term not read before (it allocates)
            for (Hit hit : hits(positions)) {
                Term term = termOf(stored, hit.doc);
                Concept concept = conceptOf.get(hit.doc);
                String cid = concept.id();
                int end = extendOverTrailingPunctuation(text, hit.end, term.text());
                String surface = text.substring(hit.start, end);
                if (hit.lang == Language.EN && codeLike.get(hit.doc) == Boolean.TRUE && !sameLetters(surface, term.text())) {
                    continue; // Porter stems make "key" find KEI and "used" find US: an acronym matches its letters
                }
                boolean mismatch = term.caseSensitive() && !TermAnalyzers.sameCase(surface, term.text());
                boolean whole = hit.start == trimmedStart && end == trimmedEnd;
                if (mismatch && !(options.keepCaseMismatches() || (whole && options.wholeQueryAnyCase()))) {
                    continue;
                }
                TermMatch m = new TermMatch(hit.start, end, surface, concept, term, hit.lang, mismatch);
                best.merge(new Span(cid, hit.start, end), m, (a, b) -> {
                    if (dominant[0] == null && !a.term().language().equals(b.term().language())) {
                        dominant[0] = Scripts.dominant(text); // only terms of two languages need it
                    }
                    return better(a, b, dominant[0]);
                });
            }
        } catch (IOException e) {
            throw new IndexException("cannot search index: " + e.getMessage(), e);
        }
        List<TermMatch> all = new ArrayList<>(best.values());
        List<TermMatch> out = new ArrayList<>();
        for (TermMatch m : all) {
            boolean inside = false;
            for (TermMatch o : all) {
                if (!options.keepNested() && o != m && !o.caseMismatch() && m.strictlyInside(o)) {
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

    /** Term documents already read: running text names the same terms again and again. */
    private final java.util.concurrent.atomic.AtomicReferenceArray<Term> termOf;
    private final java.util.concurrent.atomic.AtomicReferenceArray<Concept> conceptOf;
    private final java.util.concurrent.atomic.AtomicReferenceArray<Boolean> codeLike;

    /** The term of a term document (and its concept, in {@link #conceptOf}), read from stored fields once. */
    private Term termOf(StoredFields[] stored, int doc) throws IOException {
        Term t = termOf.get(doc);
        if (t != null) {
            return t;
        }
        if (stored[0] == null) {
            stored[0] = index.searcher().storedFields();
        }
        Document d = stored[0].document(doc, HIT_FIELDS);
        Concept concept = concept(d.get(TermIndex.F_ID));
        t = concept.terms().get(d.getField(TermIndex.F_ORD).numericValue().intValue());
        codeLike.set(doc, codeLike(t));
        conceptOf.set(doc, concept); // the concept first: a reader that sees the term finds its concept
        termOf.set(doc, t);
        return t;
    }

    /** A term document whose key equals the key of a run of tokens. */
    private record Hit(int doc, int start, int end, Language lang) {
    }

    /**
     * Walks the glossary's keys (a trie in memory) along the tokens: from each token, a run is extended one
     * token at a time for as long as some key starts with it, so the work follows the glossary, not the number
     * of possible runs. The trie holds each key's term documents, so a key found costs no search.
     */
    private List<Hit> hits(List<TermAnalyzers.Positions> all) {
        List<Hit> hits = new ArrayList<>();
        for (TermAnalyzers.Positions p : all) {
            Language lang = p.lang();
            KeyTrie trie = index.keys(lang);
            boolean en = lang == Language.EN;
            int max = index.maxTokens(lang);
            String[] first = p.first();
            String[] cont = p.cont();
            boolean[] joinable = p.joinable();
            for (int i = 0; i < p.size(); i++) {
                // most tokens start no term: they fall off the trie within a few characters
                if (first[i].isEmpty()) {
                    continue;
                }
                int node = trie.walk(KeyTrie.ROOT, first[i]);
                if (node == KeyTrie.NONE) {
                    continue;
                }
                // an English token starts a term only as a key's first word, or joined to the next without a
                // space (white + list of whitelist): a word some key merely starts with (tokyo of "tokyoite")
                // starts nothing
                boolean word = !en || trie.endsWord(node);
                int compact = en && joinable[i] ? node : KeyTrie.NONE;
                if (!word && (compact == KeyTrie.NONE || i + 1 >= p.size() || !joinable[i + 1]
                        || trie.walk(compact, cont[i + 1]) == KeyTrie.NONE)) {
                    continue;
                }
                if (trie.isKey(node)) {
                    record(trie, node, p.starts()[i], p.ends()[i], lang, hits);
                }
                // runs of tokens from i: spaced (English words apart, as keys have them) and, in English,
                // compact (the tokens joined); each is a node, and goes on while some key starts with it
                int spaced = word ? node : KeyTrie.NONE;
                for (int j = i + 1; j < p.size() && j < i + max && (spaced != KeyTrie.NONE || compact != KeyTrie.NONE); j++) {
                    if (spaced != KeyTrie.NONE) {
                        spaced = trie.walk(en ? trie.child(spaced, ' ') : spaced, cont[j]);
                        // an English run of whole words goes on only where a key has these words
                        if (spaced != KeyTrie.NONE && en && !trie.endsWord(spaced)) {
                            spaced = KeyTrie.NONE;
                        }
                        if (spaced != KeyTrie.NONE && trie.isKey(spaced)) {
                            record(trie, spaced, p.starts()[i], p.ends()[j], lang, hits);
                        }
                    }
                    if (compact != KeyTrie.NONE) {
                        compact = joinable[j] ? trie.walk(compact, cont[j]) : KeyTrie.NONE;
                        if (compact != KeyTrie.NONE && trie.isKey(compact)) {
                            record(trie, compact, p.starts()[i], p.ends()[j], lang, hits);
                        }
                    }
                }
            }
        }
        return hits;
    }

    /** Records the term documents of the key a run reached. */
    private static void record(KeyTrie trie, int node, int start, int end, Language lang, List<Hit> hits) {
        for (int d = trie.docsFrom(node), to = trie.docsTo(node); d < to; d++) {
            hits.add(new Hit(trie.doc(d), start, end, lang));
        }
    }

    /** An acronym or abbreviation, or a term written in capitals (US, KEI, GSOMIA). */
    static boolean codeLike(Term t) {
        if (t.type() == io.triglot.model.TermType.ACRONYM || t.type() == io.triglot.model.TermType.ABBREVIATION) {
            return true;
        }
        String letters = letters(t.text());
        return letters.length() >= 2 && letters.equals(letters.toUpperCase(java.util.Locale.ROOT))
                && letters.chars().anyMatch(Character::isLetter);
    }

    /** The surface has the term's letters (any case), with at most a plural s after them: NGOs for NGO. */
    static boolean sameLetters(String surface, String term) {
        String s = letters(TextNormalizer.fold(surface, true));
        String t = letters(TextNormalizer.fold(term, true));
        return s.equals(t) || s.equals(t + "s");
    }

    private static String letters(String s) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
        return sb.toString();
    }

    /**
     * Tokenizers drop punctuation a term may end with ({@code U.S.}): extend the match over it when the
     * text has it too.
     */
    static int extendOverTrailingPunctuation(String text, int end, String term) {
        int t = term.length();
        int k = 0;
        while (k < t && !Character.isLetterOrDigit(term.charAt(t - 1 - k))) {
            k++;
        }
        for (int n = k; n > 0; n--) {
            if (text.startsWith(term.substring(t - n), end)) {
                return end + n;
            }
        }
        return end;
    }

    /**
     * Of two terms of one concept matching the same span, the better explanation: right case first,
     * then a term of the text's own language (GSOMIA in Japanese text is the Japanese term), then the term
     * spelled exactly as the text, then by status (preferred first), then file order.
     */
    private static TermMatch better(TermMatch a, TermMatch b, Language dominant) {
        if (a.caseMismatch() != b.caseMismatch()) {
            return a.caseMismatch() ? b : a;
        }
        if (dominant != null) {
            boolean la = a.term().language().equals(dominant.code());
            boolean lb = b.term().language().equals(dominant.code());
            if (la != lb) {
                return la ? a : b;
            }
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
