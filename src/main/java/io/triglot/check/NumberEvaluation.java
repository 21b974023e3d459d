package io.triglot.check;

import io.triglot.bench.NtrexCorpus;
import io.triglot.lang.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * How NUMBER_MISMATCH does on real translations: the NTREX-128 development sentences (1,007 English news
 * sentences with professional Korean and Japanese translations). On the translations as they are, every
 * report is either a real difference or a false alarm; then one number of each translation that has one is
 * changed (a digit raised by one, with a fixed seed), and the share of those changes reported is the recall.
 */
public final class NumberEvaluation {
    /** A pair the check reported on the clean translations. */
    public record Flagged(int line, String source, String target, List<String> reports) {
    }

    /**
     * @param pairs          sentence pairs checked
     * @param flagged        pairs with a report, translations as they are
     * @param reports        reports on the clean translations
     * @param corrupted      translations with a number that was changed
     * @param detected       of those, how many the check reported (the changed value or the original)
     * @param examples       the flagged clean pairs
     */
    public record Result(Language target, int pairs, int flagged, int reports, int corrupted, int detected,
                         List<Flagged> examples) {
        public double flaggedShare() {
            return pairs == 0 ? 0 : (double) flagged / pairs;
        }

        public double recall() {
            return corrupted == 0 ? 0 : (double) detected / corrupted;
        }
    }

    private NumberEvaluation() {
    }

    public static Result run(Language target, long seed) {
        List<String> en = NtrexCorpus.sentences(Language.EN);
        List<String> tl = NtrexCorpus.sentences(target);
        Random rnd = new Random(seed);
        int flagged = 0;
        int reports = 0;
        int corrupted = 0;
        int detected = 0;
        List<Flagged> examples = new ArrayList<>();
        for (int i = 0; i < en.size(); i++) {
            String s = en.get(i);
            String t = tl.get(i);
            List<NumberExtractor.Mismatch> clean = NumberExtractor.compare(s, Language.EN, t, target);
            if (!clean.isEmpty()) {
                flagged++;
                reports += clean.size();
                examples.add(new Flagged(i + 1, s, t, clean.stream().map(NumberEvaluation::describe).toList()));
            }
            List<NumberExtractor.Quantity> hard = NumberExtractor.extract(t, target).stream()
                    .filter(q -> !q.soft() && q.surface().chars().anyMatch(Character::isDigit)).toList();
            if (hard.isEmpty()) {
                continue;
            }
            NumberExtractor.Quantity q = hard.get(rnd.nextInt(hard.size()));
            String changed = raiseLastDigit(q.surface());
            String corruptedText = t.substring(0, q.start()) + changed + t.substring(q.end());
            corrupted++;
            List<NumberExtractor.Mismatch> after = NumberExtractor.compare(s, Language.EN, corruptedText, target);
            java.util.Set<String> before = new java.util.HashSet<>();
            clean.forEach(m -> before.add(m.inSource() + m.quantity().key()));
            if (after.stream().anyMatch(m -> !before.contains(m.inSource() + m.quantity().key()))) {
                detected++;
            }
        }
        return new Result(target, en.size(), flagged, reports, corrupted, detected, examples);
    }

    /** 55.4 → 55.5, 1996 → 1997, 9 → 10: the value changes, the form stays. */
    static String raiseLastDigit(String s) {
        int i = s.length() - 1;
        while (i >= 0 && !Character.isDigit(s.charAt(i))) {
            i--;
        }
        int j = i;
        while (j >= 0 && Character.isDigit(s.charAt(j))) {
            j--;
        }
        String digits = s.substring(j + 1, i + 1);
        String raised = new java.math.BigInteger(digits).add(java.math.BigInteger.ONE).toString();
        return s.substring(0, j + 1) + raised + s.substring(i + 1);
    }

    private static String describe(NumberExtractor.Mismatch m) {
        return (m.inSource() ? "source only: " : "translation only: ") + m.quantity().surface();
    }
}
