package io.triglot.align;

/** A map from long to double without boxing (the word translation table, per-pair caches), on {@link LongHash}. */
public final class LongDoubleMap {
    private static final long EMPTY = LongHash.EMPTY;
    private long[] keys;
    private double[] values;
    private int size;

    public LongDoubleMap(int expected) {
        keys = LongHash.keys(expected, 0.5);
        values = new double[keys.length];
    }

    private int slot(long key) {
        return LongHash.slot(keys, key);
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
        keys = LongHash.doubled(oldK);
        values = new double[keys.length];
        size = 0;
        for (int i = 0; i < oldK.length; i++) {
            if (oldK[i] != EMPTY) {
                put(oldK[i], oldV[i]);
            }
        }
    }
}
