package io.triglot.terms;

import io.triglot.align.LongHash;

/**
 * Counts per pair of candidate ids (an English candidate and a translation, packed in a long): open
 * addressing, int counts, filled to three quarters. Co-occurrence counts of a large memory run to millions of
 * pairs, and this holds each in 16 bytes on average where a map of doubles at half load took 32.
 */
final class PairCounts {
    private static final long EMPTY = LongHash.EMPTY;
    private long[] keys;
    private int[] counts;
    private int size;

    PairCounts(int expected) {
        keys = LongHash.keys(expected, 0.75);
        counts = new int[keys.length];
    }

    /** The pair's count, 0 when never counted. */
    int get(long key) {
        int i = LongHash.slot(keys, key);
        return keys[i] == EMPTY ? 0 : counts[i];
    }

    /** Adds one to the pair's count. */
    void increment(long key) {
        int i = LongHash.slot(keys, key);
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
        keys = LongHash.doubled(oldKeys);
        counts = new int[keys.length];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                int j = LongHash.slot(keys, oldKeys[i]);
                keys[j] = oldKeys[i];
                counts[j] = oldCounts[i];
            }
        }
    }
}
