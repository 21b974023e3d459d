package io.triglot.align;

import io.triglot.lang.Language;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Evaluates sentence alignment on real translations: for each document of a line-aligned corpus, the
 * target side is perturbed with a fixed seed (a share of adjacent target sentences merged into one line,
 * a share dropped), so the gold links are known, and predicted links are scored strictly (both sides equal)
 * and laxly (sharing a sentence on each side; links with an empty side must be equal).
 */
public final class AlignmentEvaluation {
    /** One test case: source lines, perturbed target lines, gold links. */
    public record Case(String document, List<String> source, List<String> target, List<Link> gold) {
    }

    /**
     * Precision, recall and F1 from counts: how many predicted links are right, and how many gold links were
     * found (equal for strict scoring; lax scoring counts them separately).
     */
    public record Prf(int predictedCorrect, int predicted, int goldFound, int gold) {
        public double precision() {
            return predicted == 0 ? 0 : (double) predictedCorrect / predicted;
        }

        public double recall() {
            return gold == 0 ? 0 : (double) goldFound / gold;
        }

        public double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        Prf plus(Prf o) {
            return new Prf(predictedCorrect + o.predictedCorrect, predicted + o.predicted, goldFound + o.goldFound,
                    gold + o.gold);
        }

        static final Prf ZERO = new Prf(0, 0, 0, 0);
    }

    /** Scores of one aligner on one language pair. */
    public record Score(String aligner, Prf strict, Prf lax, Map<String, Prf> byGoldType, int sentences, double seconds) {
        public double sentencesPerSecond() {
            return seconds == 0 ? 0 : sentences / seconds;
        }
    }

    private AlignmentEvaluation() {
    }

    /**
     * Builds the perturbed cases.
     *
     * @param mergeRate share of target positions merged with the next one
     * @param dropRate  share of target sentences dropped
     */
    public static List<Case> cases(List<String> docIds, List<String> source, List<String> target, Language targetLang,
                                   double mergeRate, double dropRate, long seed) {
        Random rnd = new Random(seed);
        List<Case> out = new ArrayList<>();
        int start = 0;
        String joiner = targetLang == Language.JA ? "" : " ";
        while (start < docIds.size()) {
            int end = start;
            while (end < docIds.size() && docIds.get(end).equals(docIds.get(start))) {
                end++;
            }
            List<String> src = source.subList(start, end);
            List<String> tgt = new ArrayList<>();
            List<Link> gold = new ArrayList<>();
            for (int i = 0; i < src.size(); i++) {
                double r = rnd.nextDouble();
                String line = target.get(start + i);
                if (r < dropRate) {
                    gold.add(new Link(List.of(i), List.of(), 1));
                } else if (r < dropRate + mergeRate && i + 1 < src.size()) {
                    gold.add(new Link(List.of(i, i + 1), List.of(tgt.size()), 1));
                    tgt.add(line + joiner + target.get(start + i + 1));
                    i++;
                } else {
                    gold.add(new Link(List.of(i), List.of(tgt.size()), 1));
                    tgt.add(line);
                }
            }
            out.add(new Case(docIds.get(start), List.copyOf(src), tgt, gold));
            start = end;
        }
        return out;
    }

    /** Runs a document-by-document aligner over all cases and scores it. */
    public static Score score(String name, List<Case> cases, BiFunction<List<String>, List<String>, List<Link>> aligner) {
        return scoreBatch(name, cases, all -> {
            List<List<Link>> out = new ArrayList<>();
            for (Case c : all) {
                out.add(aligner.apply(c.source(), c.target()));
            }
            return out;
        });
    }

    /** Runs an aligner that sees all documents at once (to bootstrap a lexicon) and scores it. */
    public static Score scoreBatch(String name, List<Case> cases, Function<List<Case>, List<List<Link>>> aligner) {
        long t0 = System.nanoTime();
        List<List<Link>> predictions = aligner.apply(cases);
        double seconds = (System.nanoTime() - t0) / 1e9;
        Prf strict = Prf.ZERO;
        Prf lax = Prf.ZERO;
        Map<String, Prf> byType = new TreeMap<>();
        int sentences = 0;
        for (int k = 0; k < cases.size(); k++) {
            Case c = cases.get(k);
            List<Link> pred = predictions.get(k);
            sentences += c.source().size() + c.target().size();
            Set<String> goldSet = new HashSet<>();
            c.gold().forEach(g -> goldSet.add(g.format()));
            Set<String> predSet = new HashSet<>();
            pred.forEach(p -> predSet.add(p.format()));
            int strictCorrect = (int) pred.stream().filter(p -> goldSet.contains(p.format())).count();
            strict = strict.plus(new Prf(strictCorrect, pred.size(), strictCorrect, c.gold().size()));
            int laxPrec = (int) pred.stream().filter(p -> c.gold().stream().anyMatch(g -> laxMatch(p, g))).count();
            int laxRec = (int) c.gold().stream().filter(g -> pred.stream().anyMatch(p -> laxMatch(p, g))).count();
            lax = lax.plus(new Prf(laxPrec, pred.size(), laxRec, c.gold().size()));
            for (Link g : c.gold()) {
                byType.merge(g.type(), new Prf(0, 0, predSet.contains(g.format()) ? 1 : 0, 1), Prf::plus);
            }
            for (Link p : pred) {
                byType.merge(p.type(), new Prf(goldSet.contains(p.format()) ? 1 : 0, 1, 0, 0), Prf::plus);
            }
        }
        return new Score(name, strict, lax, byType, sentences, seconds);
    }

    static boolean laxMatch(Link p, Link g) {
        if (p.source().isEmpty() || p.target().isEmpty() || g.source().isEmpty() || g.target().isEmpty()) {
            return p.format().equals(g.format());
        }
        return intersects(p.source(), g.source()) && intersects(p.target(), g.target());
    }

    private static boolean intersects(List<Integer> a, List<Integer> b) {
        for (Integer x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
