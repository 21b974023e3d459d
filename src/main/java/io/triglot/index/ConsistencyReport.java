package io.triglot.index;

import io.triglot.lang.Language;
import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * How consistently the memory translates: English sentences translated more than one way, glossary
 * concepts whose English terms the memory renders with more than one term of the target language (with
 * each term's status, so 백색국가 shows next to the preferred 화이트리스트), and units that use a deprecated
 * or forbidden target term.
 */
public final class ConsistencyReport {
    /** A source sentence and its different translations, with counts. */
    public record Sentence(String source, Map<String, Integer> translations) {
    }

    /** A concept and the target terms the memory uses for it, with counts and statuses. */
    public record ConceptUsage(String conceptId, Map<String, Integer> terms, Map<String, String> statuses,
                               String preferred) {
    }

    /** A unit whose target uses a deprecated or forbidden term. */
    public record Disagreement(String tuid, String conceptId, String used, String status, String preferred,
                               String target) {
    }

    /** The whole report for one target language. */
    public record Result(Language target, int units, List<Sentence> sentences, List<ConceptUsage> concepts,
                         List<Disagreement> disagreements) {
    }

    private ConsistencyReport() {
    }

    /** Reads every unit with English and {@code target} text and reports. */
    public static Result run(Path dir, Language target) {
        try (TermIndex terms = TermIndex.open(dir);
             Directory d = FSDirectory.open(TermIndex.luceneDir(dir));
             DirectoryReader r = DirectoryReader.open(d)) {
            IndexSearcher s = new IndexSearcher(r);
            TermMatcher matcher = new TermMatcher(terms);
            TermMatcher.Options en = new TermMatcher.Options(EnumSet.of(Language.EN), false, false);
            TermMatcher.Options tg = new TermMatcher.Options(EnumSet.of(target), false, false);
            Map<String, Map<String, Integer>> bySource = new LinkedHashMap<>();
            Map<String, String> firstSource = new LinkedHashMap<>();
            Map<String, Map<String, Integer>> conceptTerms = new TreeMap<>();
            List<Disagreement> disagreements = new ArrayList<>();
            int units = 0;
            for (ScoreDoc sd : s.search(new TermQuery(new org.apache.lucene.index.Term(TermIndex.F_TYPE, TranslationMemory.TYPE_UNIT)),
                    Math.max(1, r.maxDoc()), TranslationMemory.MEMORY_ORDER).scoreDocs) {
                Document doc = s.storedFields().document(sd.doc);
                String source = doc.get(TranslationMemory.textField(Language.EN));
                String text = doc.get(TranslationMemory.textField(target));
                if (source == null || text == null) {
                    continue;
                }
                units++;
                String key = TextNormalizer.fold(source, true).replaceAll("\\s+", " ").trim();
                firstSource.putIfAbsent(key, source);
                bySource.computeIfAbsent(key, k -> new LinkedHashMap<>()).merge(text, 1, Integer::sum);
                java.util.Set<String> concepts = new java.util.HashSet<>();
                matcher.find(source, en).forEach(m -> concepts.add(m.concept().id()));
                for (TermMatch m : matcher.find(text, tg)) {
                    Concept c = m.concept();
                    if (!concepts.contains(c.id())) {
                        continue; // only concepts the English side names too
                    }
                    conceptTerms.computeIfAbsent(c.id(), k -> new TreeMap<>()).merge(m.term().text(), 1, Integer::sum);
                    if (m.term().status().discouraged()) {
                        c.replacementFor(m.term()).ifPresent(p -> disagreements.add(new Disagreement(
                                doc.get(TranslationMemory.F_TUID), c.id(), m.term().text(), m.term().status().code(),
                                p.text(), text)));
                    }
                }
            }
            List<Sentence> sentences = new ArrayList<>();
            bySource.forEach((k, v) -> {
                if (v.size() > 1) {
                    sentences.add(new Sentence(firstSource.get(k), v));
                }
            });
            List<ConceptUsage> usages = new ArrayList<>();
            conceptTerms.forEach((id, used) -> {
                if (used.size() > 1) {
                    Concept c = matcher.concept(id);
                    Map<String, String> statuses = new LinkedHashMap<>();
                    String preferred = null;
                    for (Term t : c.termsIn(target.code())) {
                        if (used.containsKey(t.text())) {
                            statuses.put(t.text(), t.status().code());
                        }
                        if (preferred == null && t.status() == TermStatus.PREFERRED) {
                            preferred = t.text();
                        }
                    }
                    usages.add(new ConceptUsage(id, used, statuses, preferred));
                }
            });
            return new Result(target, units, sentences, usages, disagreements);
        } catch (IOException e) {
            throw new IndexException("cannot read index " + dir + ": " + e.getMessage(), e);
        }
    }
}
