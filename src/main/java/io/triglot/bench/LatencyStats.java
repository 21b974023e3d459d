package io.triglot.bench;

import java.util.Arrays;

/** Percentiles of a set of timings, in milliseconds. */
public record LatencyStats(int count, double p50, double p95, double p99, double mean) {
    /** From nanosecond samples (nearest-rank percentiles). */
    public static LatencyStats ofNanos(long[] nanos) {
        long[] s = nanos.clone();
        Arrays.sort(s);
        double sum = 0;
        for (long v : s) {
            sum += v;
        }
        return new LatencyStats(s.length, rank(s, 0.50), rank(s, 0.95), rank(s, 0.99), s.length == 0 ? 0 : sum / s.length / 1e6);
    }

    private static double rank(long[] sorted, double q) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(q * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }

    /** The median of a few repeated measurements. */
    public static double median(double[] values) {
        double[] s = values.clone();
        Arrays.sort(s);
        int n = s.length;
        return n == 0 ? 0 : n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }

    /** A figure rounded to three decimals, as reports print it. */
    public static double round3(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
