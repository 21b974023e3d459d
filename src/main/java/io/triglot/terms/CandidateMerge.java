package io.triglot.terms;

import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.Termbase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Adds the accepted concepts of a candidates file to a termbase. A candidate concept is accepted when its id
 * is among those named, when all are, or when a reviewer changed the status of one of its terms from
 * {@code proposed} (the way to accept in a TBX editor); terms deleted from the file are not added. A
 * candidate with the id of a concept of the termbase adds its terms to it (new variants, admitted); any
 * other is a new concept, whose first term in each language becomes preferred and the others admitted.
 * Terms a reviewer gave a status keep it; a term the concept already has (case and width folded) is not
 * added twice.
 */
public final class CandidateMerge {
    /** The merged termbase and what changed. */
    public record Result(Termbase termbase, List<String> conceptsAdded, Map<String, Integer> termsAddedTo, List<String> skipped) {
        public int termsAdded() {
            return termsAddedTo.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private CandidateMerge() {
    }

    public static Result merge(Termbase target, Termbase candidates, Set<String> accept, boolean all) {
        Map<String, Concept> byId = new LinkedHashMap<>();
        for (Concept c : target.concepts()) {
            byId.put(c.id(), c);
        }
        List<String> added = new ArrayList<>();
        Map<String, Integer> addedTo = new LinkedHashMap<>();
        List<String> skipped = new ArrayList<>();
        for (Concept cand : candidates.concepts()) {
            boolean reviewed = cand.terms().stream().anyMatch(t -> t.status() != TermStatus.PROPOSED);
            if (!all && !accept.contains(cand.id()) && !reviewed) {
                skipped.add(cand.id());
                continue;
            }
            Concept existing = byId.get(cand.id());
            if (existing == null) {
                Set<String> hasPreferred = new HashSet<>();
                List<Term> terms = new ArrayList<>();
                for (Term t : cand.terms()) {
                    if (t.status() == TermStatus.PREFERRED) {
                        hasPreferred.add(t.language());
                    }
                }
                for (Term t : cand.terms()) {
                    TermStatus s = t.status();
                    if (s == TermStatus.PROPOSED) {
                        s = hasPreferred.add(t.language()) ? TermStatus.PREFERRED : TermStatus.ADMITTED;
                    }
                    terms.add(withStatus(t, s));
                }
                String note = cand.note() == null ? null : cand.note();
                byId.put(cand.id(), new Concept(cand.id(), cand.subjectField(), cand.definition(), note, cand.sources(), terms));
                added.add(cand.id());
            } else {
                List<Term> terms = new ArrayList<>(existing.terms());
                int n = 0;
                for (Term t : cand.terms()) {
                    if (has(existing, t)) {
                        continue;
                    }
                    terms.add(withStatus(t, t.status() == TermStatus.PROPOSED ? TermStatus.ADMITTED : t.status()));
                    n++;
                }
                if (n > 0) {
                    // terms stay grouped by language, in the order the file has the languages
                    List<Term> grouped = new ArrayList<>();
                    List<String> langs = new ArrayList<>();
                    for (Term t : terms) {
                        if (!langs.contains(t.lang())) {
                            langs.add(t.lang());
                        }
                    }
                    for (String l : langs) {
                        for (Term t : terms) {
                            if (t.lang().equals(l)) {
                                grouped.add(t);
                            }
                        }
                    }
                    byId.put(existing.id(), new Concept(existing.id(), existing.subjectField(), existing.definition(),
                            existing.note(), existing.sources(), grouped));
                    addedTo.put(existing.id(), n);
                }
            }
        }
        return new Result(new Termbase(target.title(), new ArrayList<>(byId.values())), added, addedTo, skipped);
    }

    private static boolean has(Concept c, Term t) {
        String key = TextNormalizer.compactKey(t.text(), true);
        return c.termsIn(t.language()).stream().anyMatch(x -> TextNormalizer.compactKey(x.text(), true).equals(key));
    }

    private static Term withStatus(Term t, TermStatus s) {
        return new Term(t.text(), t.lang(), s, t.type(), t.usageNote(), t.caseSensitive(), t.sources());
    }
}
