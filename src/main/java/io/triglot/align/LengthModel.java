package io.triglot.align;

import io.triglot.lang.Language;
import java.util.List;

/**
 * Gale and Church's length model: the target length of a translation is normally distributed around
 * {@code ratio} times the source length, with variance {@code variance} times the source length.
 * Lengths are counted in non-space characters, so Korean spacing and Japanese's lack of it do not matter.
 *
 * @param ratio    mean target characters per source character
 * @param variance variance of target characters per source character
 */
public record LengthModel(double ratio, double variance) {
    /**
     * Calibrated on the NTREX-128 development sentences (1,007 line-aligned English–Korean and English–Japanese
     * news sentences; {@code LengthModelTest} recomputes them): two parameters per pair.
     */
    public static LengthModel forPair(Language source, Language target) {
        if (source == target) {
            return new LengthModel(1.0, 1.0);
        }
        if (source == Language.EN && target == Language.KO) {
            return new LengthModel(EN_KO_RATIO, EN_KO_VARIANCE);
        }
        if (source == Language.EN && target == Language.JA) {
            return new LengthModel(EN_JA_RATIO, EN_JA_VARIANCE);
        }
        LengthModel a = forPair(Language.EN, source);
        LengthModel b = forPair(Language.EN, target);
        return new LengthModel(b.ratio / a.ratio, b.variance / a.ratio);
    }

    static final double EN_KO_RATIO = 0.5057;
    static final double EN_KO_VARIANCE = 1.679;
    static final double EN_JA_RATIO = 0.5324;
    static final double EN_JA_VARIANCE = 1.2156;

    /** Non-space characters. */
    public static int length(CharSequence s) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
                n++;
            }
        }
        return n;
    }

    /** Estimates the model from 1-1 sentence pairs (maximum likelihood of Gale and Church's δ). */
    public static LengthModel calibrate(List<String> sources, List<String> targets) {
        double sumS = 0;
        double sumT = 0;
        for (int i = 0; i < sources.size(); i++) {
            sumS += length(sources.get(i));
            sumT += length(targets.get(i));
        }
        double ratio = sumT / sumS;
        double var = 0;
        int n = 0;
        for (int i = 0; i < sources.size(); i++) {
            int ls = length(sources.get(i));
            if (ls == 0) {
                continue;
            }
            double d = length(targets.get(i)) - ratio * ls;
            var += d * d / ls;
            n++;
        }
        return new LengthModel(ratio, var / Math.max(1, n));
    }

    /**
     * Cost (negative log probability) that {@code lt} target characters translate {@code ls} source
     * characters: {@code -log 2(1 - Φ(|δ|))}, with δ as in Gale and Church (1993).
     */
    public double cost(int ls, int lt) {
        if (ls == 0 && lt == 0) {
            return 0;
        }
        double mean = (ls + lt / ratio) / 2.0;
        double delta = (lt - ls * ratio) / Math.sqrt(Math.max(1.0, mean) * variance);
        double p = 2 * (1 - normalCdf(Math.abs(delta)));
        return -Math.log(Math.max(p, 1e-30));
    }

    /** Standard normal cumulative distribution (Abramowitz and Stegun 26.2.17, error below 7.5e-8). */
    static double normalCdf(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = 0.3989422804014327 * Math.exp(-x * x / 2);
        double p = d * t * (0.3193815 + t * (-0.3565638 + t * (1.781478 + t * (-1.821256 + t * 1.330274))));
        return x >= 0 ? 1 - p : p;
    }
}
