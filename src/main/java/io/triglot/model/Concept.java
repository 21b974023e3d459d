package io.triglot.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A concept: one meaning, named by terms in several languages.
 *
 * @param id           unique, stable identifier
 * @param subjectField domain, or null
 * @param definition   definition, or null
 * @param note         free note, or null
 * @param sources      documents the concept is drawn from
 * @param terms        its terms, in file order
 */
public record Concept(String id, String subjectField, String definition, String note,
                      List<Source> sources, List<Term> terms) {
    public Concept {
        Objects.requireNonNull(id, "id");
        subjectField = blankToNull(subjectField);
        definition = blankToNull(definition);
        note = blankToNull(note);
        sources = List.copyOf(sources == null ? List.of() : sources);
        terms = List.copyOf(terms == null ? List.of() : terms);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Terms of one primary language ({@code en}, {@code ko}, {@code ja}), in file order. */
    public List<Term> termsIn(String language) {
        List<Term> out = new ArrayList<>();
        for (Term t : terms) {
            if (t.language().equals(language)) {
                out.add(t);
            }
        }
        return out;
    }

    /** All terms ordered for display: by language as given, then preferred first. */
    public List<Term> termsByStatus() {
        List<String> langOrder = new ArrayList<>();
        for (Term t : terms) {
            if (!langOrder.contains(t.language())) {
                langOrder.add(t.language());
            }
        }
        List<Term> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt((Term t) -> langOrder.indexOf(t.language()))
                .thenComparing(Term::status));
        return sorted;
    }

    /**
     * The preferred term that should replace {@code used} in the same language: among the preferred
     * terms, the one closest in spelling (so {@code Gsomia} maps to {@code GSOMIA}, not to the full form).
     */
    public Optional<Term> replacementFor(Term used) {
        Term best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (Term t : termsIn(used.language())) {
            if (t.status() != TermStatus.PREFERRED) {
                continue;
            }
            int d = editDistance(t.text().toLowerCase(), used.text().toLowerCase());
            if (t.type() == used.type()) {
                d -= 1; // same form (acronym for acronym) breaks ties
            }
            if (d < bestDistance) {
                bestDistance = d;
                best = t;
            }
        }
        return Optional.ofNullable(best);
    }

    private static int editDistance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] tmp = prev;
            prev = cur;
            cur = tmp;
        }
        return prev[b.length()];
    }
}
