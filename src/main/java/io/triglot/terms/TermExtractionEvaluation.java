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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How well extraction finds concepts the termbase does not have yet, by cross-validation over the termbase.
 * Concepts that the memory names in all three languages in at least two units are eligible (the others
 * could not come back from this memory); they are dealt into {@code folds} sets in termbase order. For each
 * set, the extraction runs with the termbase without that set, and a held-back concept counts as recovered
 * at rank r when the r-th proposal has one of its English terms and one of its approved Korean and Japanese
 * terms. Every eligible concept is held back exactly once. Precision@20 of a fold is the share of its first
 * 20 proposals whose three terms all belong to one concept of the full termbase (a held-back concept or a
 * new variant of an existing one); the figure reported is over all folds' first 20.
 */
public final class TermExtractionEvaluation {
    /** A held-back concept and the rank it came back at (0 when it did not come back in the proposals). */
    public record Recovery(Concept concept, int fold, int rank, TermExtraction.Proposal proposal) {
    }

    /** The figures. */
    public record Result(int eligible, int folds, Map<Integer, Integer> recoveredAtK, int correctInTop20,
                         int proposalsInTop20, List<Recovery> recoveries, List<List<TermExtraction.Proposal>> proposals) {
        public double recall(int k) {
            return eligible == 0 ? 0 : (double) recoveredAtK.getOrDefault(k, 0) / eligible;
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
        List<Concept> eligible = eligible(full, units, work);
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
                recoveries.add(new Recovery(c, fold, rank, rank == 0 ? null : proposals.get(rank - 1)));
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
        for (int k : ks) {
            recovered.put(k, (int) recoveries.stream().filter(r -> r.rank() > 0 && r.rank() <= k).count());
        }
        return new Result(eligible.size(), folds, recovered, correct, judged, recoveries, allProposals);
    }

    /** The concepts the memory names in all three languages in at least two units, in termbase order. */
    static List<Concept> eligible(Termbase full, List<TranslationUnit> units, Path work) throws IOException {
        Path dir = work.resolve("full");
        TermIndex.replace(dir, full, List.of("full"));
        Map<String, Integer> unitsWithAll = new LinkedHashMap<>();
        try (TermIndex index = TermIndex.open(dir)) {
            TermMatcher m = new TermMatcher(index);
            for (TranslationUnit u : units) {
                Set<String> en = concepts(m, u, Language.EN);
                Set<String> ko = concepts(m, u, Language.KO);
                Set<String> ja = concepts(m, u, Language.JA);
                for (String id : en) {
                    if (ko.contains(id) && ja.contains(id)) {
                        unitsWithAll.merge(id, 1, Integer::sum);
                    }
                }
            }
        } finally {
            Directories.deleteRecursively(dir);
        }
        List<Concept> out = new ArrayList<>();
        for (Concept c : full.concepts()) {
            if (unitsWithAll.getOrDefault(c.id(), 0) >= 2) {
                out.add(c);
            }
        }
        return out;
    }

    private static Set<String> concepts(TermMatcher m, TranslationUnit u, Language l) {
        Set<String> out = new HashSet<>();
        String text = TermExtraction.text(u, l);
        if (text != null) {
            for (TermMatch x : m.find(text, new TermMatcher.Options(EnumSet.of(l), false, false))) {
                out.add(x.concept().id());
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
