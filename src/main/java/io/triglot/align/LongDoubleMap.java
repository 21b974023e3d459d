package io.triglot.align;

import java.util.Arrays;

/**
 * An open-addressing map from long to double (the word translation table, term co-occurrence counts): no boxing, and keys are
 * mixed before hashing ({@code Long.hashCode} of a packed word pair is {@code e ^ f}, which collides
 * badly for small ids).
 */
public final class LongDoubleMap {
    private static final long EMPTY = Long.MIN_VALUE;
    private long[] keys;
    private double[] values;
    private int size;

    public LongDoubleMap(int expected) {
        int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
        keys = new long[cap];
        values = new double[cap];
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

    /** The value, or {@code missing}. */
    public double get(long key, double missing) {
        int i = slot(key);
        return keys[i] == EMPTY ? missing : values[i];
    }

    public void put(long key, double value) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            keys[i] = key;
            if (++size * 2 > keys.length) {
                values[i] = value;
                grow();
                return;
            }
        }
        values[i] = value;
    }

    public void add(long key, double delta) {
        int i = slot(key);
        if (keys[i] == EMPTY) {
            put(key, delta);
        } else {
            values[i] += delta;
        }
    }

    public int size() {
        return size;
    }

    /** Calls back for each entry. */
    public void forEach(Entry e) {
        for (int i = 0; i < keys.length; i++) {
            if (keys[i] != EMPTY) {
                e.accept(keys[i], values[i]);
            }
        }
    }

    public interface Entry {
        void accept(long key, double value);
    }

    private void grow() {
        long[] oldK = keys;
        double[] oldV = values;
        keys = new long[oldK.length * 2];
        values = new double[oldV.length * 2];
        Arrays.fill(keys, EMPTY);
        size = 0;
        for (int i = 0; i < oldK.length; i++) {
            if (oldK[i] != EMPTY) {
                put(oldK[i], oldV[i]);
            }
        }
    }
}
