package io.triglot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class BoundedDistanceTest {
    static int plain(int[] a, int[] b) {
        int[][] d = new int[a.length + 1][b.length + 1];
        for (int i = 0; i <= a.length; i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length; j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length; i++) {
            for (int j = 1; j <= b.length; j++) {
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            }
        }
        return d[a.length][b.length];
    }

    @Test
    void agreesWithThePlainDistanceWithinTheBoundAndExceedsItOtherwise() {
        Random rnd = new Random(5);
        for (int trial = 0; trial < 5000; trial++) {
            int[] a = rnd.ints(rnd.nextInt(15), 0, 6).toArray();
            int[] b = rnd.ints(rnd.nextInt(15), 0, 6).toArray();
            int max = rnd.nextInt(8);
            int exact = plain(a, b);
            int bounded = FuzzyMatcher.boundedDistance(a, b, max);
            if (exact <= max) {
                assertEquals(exact, bounded);
            } else {
                assertTrue(bounded > max, "exact " + exact + " max " + max + " got " + bounded);
            }
        }
    }
}
