package io.triglot.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.bench.NtrexCorpus;
import io.triglot.lang.Language;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A small version of {@code triglot eval align} as a regression guard: the first 20 NTREX-128 documents,
 * perturbed as in the evaluation. The floors sit below the published figures; they catch regressions,
 * they are not the goal.
 */
class AlignmentEvaluationTest {
    static List<AlignmentEvaluation.Case> cases(Language t, long seed) {
        List<String> docs = NtrexCorpus.documentIds();
        int end = 0;
        int seen = 0;
        while (end < docs.size() && (seen < 20 || docs.get(end).equals(docs.get(end - 1)))) {
            if (end == 0 || !docs.get(end).equals(docs.get(end - 1))) {
                seen++;
            }
            end++;
        }
        return AlignmentEvaluation.cases(docs.subList(0, end), NtrexCorpus.sentences(Language.EN).subList(0, end),
                NtrexCorpus.sentences(t).subList(0, end), t, 0.10, 0.05, seed);
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KO", "JA"})
    void beatsTheFloorAndGaleChurch(Language t) {
        List<AlignmentEvaluation.Case> cases = cases(t, 1);
        assertEquals(20, cases.size());
        BootstrappedAligner ours = new BootstrappedAligner(Language.EN, t, null, null);
        AlignmentEvaluation.Score s = AlignmentEvaluation.scoreBatch("triglot", cases, c -> ours.align(
                c.stream().map(AlignmentEvaluation.Case::source).toList(),
                c.stream().map(AlignmentEvaluation.Case::target).toList(), List.of(), List.of()));
        AlignmentEvaluation.Score gc = AlignmentEvaluation.score("gc", cases,
                (src, tgt) -> GaleChurchBaseline.align(src, tgt, Language.EN, t));
        assertTrue(s.strict().f1() >= 0.88, t + " strict F1 " + s.strict().f1());
        assertTrue(s.strict().f1() >= gc.strict().f1() + 0.05, t + " ours " + s.strict().f1() + " vs " + gc.strict().f1());
        AlignmentEvaluation.Prf twoOne = s.byGoldType().get("2-1");
        assertTrue(twoOne.gold() > 0 && twoOne.recall() >= 0.8, t + " 2-1 recall " + twoOne.recall());
    }

    @ParameterizedTest
    @EnumSource(value = Language.class, names = {"KO", "JA"})
    void perturbationIsDeterministicAndGoldCoversEverySentence(Language t) {
        List<AlignmentEvaluation.Case> a = cases(t, 3);
        assertEquals(a, cases(t, 3));
        for (AlignmentEvaluation.Case c : a) {
            int src = c.gold().stream().mapToInt(l -> l.source().size()).sum();
            int tgt = c.gold().stream().mapToInt(l -> l.target().size()).sum();
            assertEquals(c.source().size(), src);
            assertEquals(c.target().size(), tgt);
        }
        long merges = a.stream().flatMap(c -> c.gold().stream()).filter(l -> l.type().equals("2-1")).count();
        long drops = a.stream().flatMap(c -> c.gold().stream()).filter(l -> l.type().equals("1-0")).count();
        assertTrue(merges > 0 && drops > 0);
    }

    @org.junit.jupiter.api.Test
    void strictAndLaxScoring() {
        AlignmentEvaluation.Case c = new AlignmentEvaluation.Case("d", List.of("a", "b", "c"), List.of("x", "y"),
                List.of(Link.parse("0,1:0"), Link.parse("2:1")));
        AlignmentEvaluation.Score s = AlignmentEvaluation.score("fixed", List.of(c),
                (x, y) -> List.of(Link.parse("0:0"), Link.parse("1:"), Link.parse("2:1")));
        assertEquals(1.0 / 3, s.strict().precision(), 1e-9);
        assertEquals(0.5, s.strict().recall(), 1e-9);
        assertEquals(2.0 / 3, s.lax().precision(), 1e-9, "0:0 overlaps 0,1:0; 1: matches nothing exactly");
        assertEquals(1.0, s.lax().recall(), 1e-9);
    }
}
