package io.triglot.align;

import java.util.Arrays;

/**
 * Open addressing over long keys, shared by the maps that count word and term pairs: keys are mixed before
 * hashing ({@code Long.hashCode} of a packed pair is {@code e ^ f}, which collides badly for small ids) and
 * probed linearly; {@link #EMPTY} marks a free slot.
 */
public final class LongHash {
    public static final long EMPTY = Long.MIN_VALUE;

    private LongHash() {
    }

    /** A key table of a power-of-two size holding {@code expected} keys below {@code load} (0 to 1), all free. */
    public static long[] keys(int expected, double load) {
        int cap = Integer.highestOneBit(Math.max(16, (int) Math.ceil(expected / load) - 1)) << 1;
        long[] keys = new long[cap];
        Arrays.fill(keys, EMPTY);
        return keys;
    }

    /** A free table twice the size of {@code keys}. */
    public static long[] doubled(long[] keys) {
        long[] out = new long[keys.length * 2];
        Arrays.fill(out, EMPTY);
        return out;
    }

    /** The slot of {@code key}: where it is, or the free slot where it goes. */
    public static int slot(long[] keys, long key) {
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != EMPTY && keys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    private static int mix(long k) {
        k ^= k >>> 33;
        k *= 0xff51afd7ed558ccdL;
        k ^= k >>> 33;
        k *= 0xc4ceb9fe1a85ec53L;
        k ^= k >>> 33;
        return (int) k;
    }
}
