package io.triglot.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The co-occurrence counter against a HashMap, through many growths. */
class PairCountsTest {
    @Test
    void countsAsAHashMapDoes() {
        PairCounts counts = new PairCounts(4);
        Map<Long, Integer> expected = new HashMap<>();
        Random rnd = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            // ids as term extraction packs them, some pairs often, most once or twice
            int e = rnd.nextInt(i % 3 == 0 ? 50 : 20_000);
            int t = rnd.nextInt(i % 3 == 0 ? 50 : 20_000);
            long key = ((long) e << 32) | (t & 0xffffffffL);
            counts.increment(key);
            expected.merge(key, 1, Integer::sum);
        }
        assertEquals(expected.size(), counts.size());
        for (Map.Entry<Long, Integer> x : expected.entrySet()) {
            assertEquals(x.getValue(), counts.get(x.getKey()));
        }
        assertEquals(0, counts.get(((long) 20_001 << 32) | 5));
        Map<Long, Integer> seen = new HashMap<>();
        counts.forEach(seen::put);
        assertEquals(expected, seen);
    }
}
