package io.triglot.terms;

import java.util.Arrays;

/**
 * Counts per pair of candidate ids (an English candidate and a translation, packed in a long): open
 * addressing, int counts, filled to three quarters. Co-occurrence counts of a large memory run to millions of
 * pairs, and this holds each in 16 bytes on average where a map of doubles at half load took 32.
 */
final class PairCounts {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private int[] counts;
    private int size;

    PairCounts(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 4 / 3)) << 1;
        keys = new long[cap];
        counts = new int[cap];
        Arrays.fill(keys, EMPTY);
    }

    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return (int) k;
    }

    private int slot(long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /** The pair's count, 0 when never counted. */
    int get(long key) {
        int i = slot(key);
        return keys[i] == EMPTY ? 0 : counts[i];
    }

    /** Adds one to the pair's count. */
    void increment(long key) {
        int i = slot(key);
        if (keys[i] != EMPTY) {
            counts[i]++;
            return;
        }
        keys[i] = key;
        counts[i] = 1;
        if (++size * 4L > keys.length * 3L) {
            grow();
        }
    }

    int size() {
        return size;
    }

    /** Calls back for each pair counted. */
    void forEach(Entry e) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                e.accept(keys[i], counts[i]);
            }
        }
    }

    interface Entry {
        void accept(long key, int count);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldCounts.length * 2];
        Arrays.fill(keys, EMPTY);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = slot(oldKeys[i]);
                keys[j] = oldKeys[i];
                counts[j] = oldCounts[i];
            }
        }
    }
}
