package io.triglot.terms;

import io.triglot.index.TermIndex;
import io.triglot.index.TermMatch;
import io.triglot.index.TermMatcher;
import io.triglot.io.Directories;
import io.triglot.lang.Language;
import io.triglot.model.Concept;
import io.triglot.model.Termbase;
import io.triglot.model.TranslationUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How well extraction finds concepts the termbase does not have yet, by cross-validation over the termbase.
 * A concept is held back when the memory names it in all three languages in at least two units
 * (<em>named</em>), or when it is <em>recoverable</em>: one of its English terms is found with one of its
 * approved Korean terms in at least two units, and with one of its approved Japanese terms in at least two
 * (found by the lookup matcher, so Korean and Japanese inflected forms count, 지소미아를; English terms as
 * written, compared as extraction keys them: case folded, a two-word name in either order). Only a recoverable concept can come back as a proposal from units whose
 * pairs are linked at least twice: one whose newsrooms write it differently each time (trilateral cooperation,
 * trilateral security alliance, ...) cannot. The held-back concepts are dealt into {@code folds} sets in
 * termbase order. For each set, the extraction runs with the termbase without that set, and a held-back
 * concept counts as recovered at rank r when the r-th proposal has one of its English terms and one of its
 * approved Korean and Japanese terms. Every concept is held back exactly once; recall is reported over the
 * recoverable ones and over the named ones. Precision@20 of a fold is the share of its first 20 proposals
 * whose three terms all belong to one concept of the full termbase (a held-back concept or a new variant of an
 * existing one); the figure reported is over all folds' first 20.
 */
public final class TermExtractionEvaluation {
    /**
     * A held-back concept, the rank it came back at (0 when it did not come back in the proposals), and whether it
     * is recoverable and named (see the class comment).
     */
    public record Recovery(Concept concept, int fold, int rank, TermExtraction.Proposal proposal, boolean recoverable,
                           boolean named) {
    }

    /**
     * The figures: how many concepts were held back, how many of them are recoverable and named, and of those
     * how many came back at each K.
     */
    public record Result(int heldBack, int recoverable, int named, int folds, Map<Integer, Integer> recoveredAtK,
                         Map<Integer, Integer> namedRecoveredAtK, int correctInTop20, int proposalsInTop20,
                         List<Recovery> recoveries, List<List<TermExtraction.Proposal>> proposals) {
        /** The share of recoverable concepts that came back in the first k. */
        public double recall(int k) {
            return recoverable == 0 ? 0 : (double) recoveredAtK.getOrDefault(k, 0) / recoverable;
        }

        /** The share of named concepts that came back in the first k. */
        public double namedRecall(int k) {
            return named == 0 ? 0 : (double) namedRecoveredAtK.getOrDefault(k, 0) / named;
        }

        public double precisionAt20() {
            return proposalsInTop20 == 0 ? 0 : (double) correctInTop20 / proposalsInTop20;
        }
    }

    private TermExtractionEvaluation() {
    }

    /**
     * @param work a scratch directory for the indexes (emptied of what this writes)
     * @param ks   the K of recovered@K; proposals are kept to the largest
     */
    public static Result run(Termbase full, List<TranslationUnit> units, Path work, int folds, int[] ks)
            throws IOException {
        Eligibility eligibility = eligible(full, units, work);
        List<Concept> eligible = eligibility.concepts();
        int maxK = 20;
        for (int k : ks) {
            maxK = Math.max(maxK, k);
        }
        List<Recovery> recoveries = new ArrayList<>();
        List<List<TermExtraction.Proposal>> allProposals = new ArrayList<>();
        int correct = 0;
        int judged = 0;
        for (int fold = 0; fold < folds; fold++) {
            Set<String> held = new HashSet<>();
            List<Concept> heldBack = new ArrayList<>();
            for (int i = fold; i < eligible.size(); i += folds) {
                held.add(eligible.get(i).id());
                heldBack.add(eligible.get(i));
            }
            if (heldBack.isEmpty()) {
                continue;
            }
            List<Concept> kept = new ArrayList<>();
            for (Concept c : full.concepts()) {
                if (!held.contains(c.id())) {
                    kept.add(c);
                }
            }
            Path dir = work.resolve("fold-" + fold);
            TermIndex.replace(dir, new Termbase(full.title(), kept), List.of("fold " + fold));
            List<TermExtraction.Proposal> proposals;
            try (TermIndex index = TermIndex.open(dir)) {
                proposals = new TermExtraction(index).run(units, 2, maxK).proposals();
            } finally {
                Directories.deleteRecursively(dir);
            }
            allProposals.add(proposals);
            for (Concept c : heldBack) {
                int rank = 0;
                for (int i = 0; i < proposals.size() && rank == 0; i++) {
                    if (matches(c, proposals.get(i))) {
                        rank = i + 1;
                    }
                }
                recoveries.add(new Recovery(c, fold, rank, rank == 0 ? null : proposals.get(rank - 1),
                        eligibility.recoverable().contains(c.id()), eligibility.named().contains(c.id())));
            }
            for (int i = 0; i < Math.min(20, proposals.size()); i++) {
                TermExtraction.Proposal p = proposals.get(i);
                judged++;
                if (full.concepts().stream().anyMatch(c -> matches(c, p))) {
                    correct++;
                }
            }
        }
        Map<Integer, Integer> recovered = new TreeMap<>();
        Map<Integer, Integer> namedRecovered = new TreeMap<>();
        for (int k : ks) {
            recovered.put(k, (int) recoveries.stream().filter(r -> r.recoverable() && r.rank() > 0 && r.rank() <= k).count());
            namedRecovered.put(k, (int) recoveries.stream().filter(r -> r.named() && r.rank() > 0 && r.rank() <= k).count());
        }
        return new Result(eligible.size(), eligibility.recoverable().size(), eligibility.named().size(), folds, recovered,
                namedRecovered, correct, judged, recoveries, allProposals);
    }

    /** The concepts held back, in termbase order, and the ids of the recoverable and of the named ones. */
    record Eligibility(List<Concept> concepts, Set<String> recoverable, Set<String> named) {
    }

    /** The concepts that are recoverable or named (see the class comment), in termbase order. */
    static Eligibility eligible(Termbase full, List<TranslationUnit> units, Path work) throws IOException {
        Path dir = work.resolve("full");
        TermIndex.replace(dir, full, List.of("full"));
        Map<String, Integer> unitsWithAll = new LinkedHashMap<>();
        // per concept: the units of each English term (by key) with each of its Korean, and Japanese, terms
        Map<String, Map<TermPair, Integer>> withKo = new HashMap<>();
        Map<String, Map<TermPair, Integer>> withJa = new HashMap<>();
        try (TermIndex index = TermIndex.open(dir)) {
            TermMatcher m = new TermMatcher(index);
            for (TranslationUnit u : units) {
                Map<String, Set<String>> en = terms(m, u, Language.EN);
                Map<String, Set<String>> ko = terms(m, u, Language.KO);
                Map<String, Set<String>> ja = terms(m, u, Language.JA);
                for (Map.Entry<String, Set<String>> e : en.entrySet()) {
                    String id = e.getKey();
                    if (ko.containsKey(id) && ja.containsKey(id)) {
                        unitsWithAll.merge(id, 1, Integer::sum);
                    }
                    for (String english : e.getValue()) {
                        count(withKo, id, english, ko.get(id));
                        count(withJa, id, english, ja.get(id));
                    }
                }
            }
        } finally {
            Directories.deleteRecursively(dir);
        }
        List<Concept> out = new ArrayList<>();
        Set<String> recoverable = new HashSet<>();
        Set<String> named = new HashSet<>();
        for (Concept c : full.concepts()) {
            if (unitsWithAll.getOrDefault(c.id(), 0) >= 2) {
                named.add(c.id());
            }
            // an English term found twice with one Korean term and twice with one Japanese term
            Set<String> english = recurring(withKo.get(c.id()));
            english.retainAll(recurring(withJa.get(c.id())));
            if (!english.isEmpty()) {
                recoverable.add(c.id());
            }
            if (named.contains(c.id()) || recoverable.contains(c.id())) {
                out.add(c);
            }
        }
        return new Eligibility(out, recoverable, named);
    }

    /** An English term (by its extraction key) and a Korean or Japanese term of the same concept. */
    private record TermPair(String english, String target) {
    }

    /** Counts a unit for the English term with each of the concept's target terms in the unit (none: nothing). */
    private static void count(Map<String, Map<TermPair, Integer>> counts, String concept, String english,
                              Set<String> targets) {
        if (targets != null) {
            Map<TermPair, Integer> c = counts.computeIfAbsent(concept, x -> new HashMap<>());
            for (String t : targets) {
                c.merge(new TermPair(english, t), 1, Integer::sum);
            }
        }
    }

    /** The English terms found with one target term in at least two units. */
    private static Set<String> recurring(Map<TermPair, Integer> counts) {
        Set<String> out = new HashSet<>();
        if (counts != null) {
            counts.forEach((pair, n) -> {
                if (n >= 2) {
                    out.add(pair.english());
                }
            });
        }
        return out;
    }

    /**
     * The termbase terms found in the unit's text in one language, by concept: English ones by their extraction
     * key, Korean and Japanese ones as written, approved ones only.
     */
    private static Map<String, Set<String>> terms(TermMatcher m, TranslationUnit u, Language l) {
        Map<String, Set<String>> out = new HashMap<>();
        String text = TermExtraction.text(u, l);
        if (text != null) {
            for (TermMatch x : m.find(text, new TermMatcher.Options(EnumSet.of(l), false, false))) {
                if (l != Language.EN && x.term().status().discouraged()) {
                    continue;
                }
                String term = x.term().text();
                if (l == Language.EN) {
                    // as the glossary writes it: the matcher's stemming finds "expiration" in "expire", and
                    // extraction proposes what the text writes
                    term = TermCandidates.key(l, term);
                    if (!term.equals(TermCandidates.key(l, x.surface()))) {
                        continue;
                    }
                }
                out.computeIfAbsent(x.concept().id(), k -> new HashSet<>()).add(term);
            }
        }
        return out;
    }

    /** Whether the proposal's English is a term of the concept and its Korean and Japanese approved ones. */
    public static boolean matches(Concept c, TermExtraction.Proposal p) {
        return TermExtraction.isTermOf(c, Language.EN, p.en(), true) && TermExtraction.isTermOf(c, Language.KO, p.ko(), false)
                && TermExtraction.isTermOf(c, Language.JA, p.ja(), false);
    }

    /** A scratch directory for the evaluation's indexes. */
    public static Path workDir() throws IOException {
        return Files.createTempDirectory("triglot-eval-terms");
    }
}
