package io.triglot.index;

import java.util.Arrays;

/**
 * The match keys of one language as a character trie in flat arrays, with the term documents of each key, for
 * walking running text against the termbase without building strings or asking the terms dictionary: a run
 * of tokens is a node, extending it by a token follows that token's characters, and most tokens of a text
 * fall off within their first two or three characters.
 *
 * <p>Nodes are numbered breadth first, so the children of a node are consecutive ({@code childStart[n]} up
 * to {@code childStart[n + 1]}), sorted by character, and the upper levels that every walk goes through sit
 * together in memory.
 */
final class KeyTrie {
    /** The node every walk starts from (the empty prefix). */
    static final int ROOT = 0;
    /** What a walk that fell off the trie returns. */
    static final int NONE = -1;
    /** Fan-out from which a node's children are binary-searched instead of scanned. */
    private static final int SCAN = 8;

    /** Where each node's children start; one entry more than nodes, so node n's end at {@code childStart[n + 1]}. */
    private final int[] childStart;
    /** Each node's character (the root's is never read). */
    private final char[] label;
    /**
     * The term documents of node {@code n} are {@code docs[docStart[n]]} up to {@code docs[docStart[n + 1]]};
     * a node is a key exactly when it has some (every key has at least one).
     */
    private final int[] docStart;
    private final int[] docs;
    private final int keys;
    /**
     * The root's children by character: every walk starts at the root, whose fan-out is widest (a few dozen
     * letters, or thousands of Hangul syllables and kanji), and a table lookup there spares the binary search
     * most tokens would otherwise end in. Unused characters hold {@link #NONE}.
     */
    private final int[] rootChild;

    private KeyTrie(int[] childStart, char[] label, int keys, int[] docStart, int[] docs) {
        this.childStart = childStart;
        this.label = label;
        this.docStart = docStart;
        this.docs = docs;
        this.keys = keys;
        int highest = 0;
        for (int i = childStart[ROOT]; i < childStart[ROOT + 1]; i++) {
            highest = Math.max(highest, label[i]);
        }
        this.rootChild = new int[highest + 1];
        Arrays.fill(rootChild, NONE);
        for (int i = childStart[ROOT]; i < childStart[ROOT + 1]; i++) {
            rootChild[label[i]] = i;
        }
    }

    /**
     * A trie of {@code sorted} (distinct strings in {@link String#compareTo} order), where {@code docs[i]} are
     * the term documents of {@code sorted[i]}, at least one.
     */
    static KeyTrie of(String[] sorted, int[][] docs) {
        if (docs.length != sorted.length) {
            throw new IllegalArgumentException(sorted.length + " keys and " + docs.length + " document lists");
        }
        for (int i = 0; i < sorted.length; i++) {
            if (docs[i].length == 0) {
                throw new IllegalArgumentException("key without documents: " + sorted[i]);
            }
            if (i > 0 && sorted[i - 1].compareTo(sorted[i]) >= 0) {
                throw new IllegalArgumentException("keys not sorted and distinct at " + i + ": " + sorted[i]);
            }
        }
        // breadth first over ranges of the sorted keys: the keys under a node of depth d share their first d
        // characters, and its children are the runs of equal characters at d
        IntList lo = new IntList();
        IntList hi = new IntList();
        IntList depth = new IntList();
        lo.add(0);
        hi.add(sorted.length);
        depth.add(0);
        IntList starts = new IntList();
        StringBuilder labels = new StringBuilder().append('\0'); // the root's label, never read
        IntList docStart = new IntList();
        IntList nodeDocs = new IntList();
        for (int n = 0; n < lo.size(); n++) {
            int from = lo.get(n);
            int to = hi.get(n);
            int d = depth.get(n);
            docStart.add(nodeDocs.size());
            if (from < to && sorted[from].length() == d) { // the shortest key sorts first
                for (int doc : docs[from]) {
                    nodeDocs.add(doc);
                }
                from++;
            }
            starts.add(lo.size());
            while (from < to) {
                char c = sorted[from].charAt(d);
                int next = endOfRun(sorted, from, to, d, c);
                lo.add(from);
                hi.add(next);
                depth.add(d + 1);
                labels.append(c);
                from = next;
            }
        }
        starts.add(lo.size());
        docStart.add(nodeDocs.size());
        char[] label = new char[labels.length()];
        labels.getChars(0, label.length, label, 0);
        return new KeyTrie(starts.toArray(), label, sorted.length, docStart.toArray(), nodeDocs.toArray());
    }

    /**
     * The end of the run of keys from {@code from} with {@code c} at {@code d} (keys below {@code to} that get
     * that far all have it, and sort in order of it): galloping, then a binary search, so a wide node costs a
     * few comparisons a child instead of one per key under it.
     */
    private static int endOfRun(String[] sorted, int from, int to, int d, char c) {
        int step = 1;
        int lo = from; // the last index known to have c
        while (lo + step < to && sorted[lo + step].charAt(d) == c) {
            lo += step;
            step <<= 1;
        }
        int hi = Math.min(to, lo + step); // the first index known not to have c, or to
        while (hi - lo > 1) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].charAt(d) == c) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        return hi;
    }

    /** The child of {@code node} by {@code c}, or {@link #NONE}. */
    int child(int node, char c) {
        if (node == ROOT) {
            return c < rootChild.length ? rootChild[c] : NONE;
        }
        int from = childStart[node];
        int to = childStart[node + 1];
        if (to - from <= SCAN) {
            for (int i = from; i < to; i++) {
                if (label[i] == c) {
                    return i;
                }
            }
            return NONE;
        }
        int lo = from;
        int hi = to - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            char m = label[mid];
            if (m < c) {
                lo = mid + 1;
            } else if (m > c) {
                hi = mid - 1;
            } else {
                return mid;
            }
        }
        return NONE;
    }

    /** The node reached from {@code node} by the characters of {@code s}, or {@link #NONE}. */
    int walk(int node, String s) {
        for (int i = 0, n = s.length(); i < n && node != NONE; i++) {
            node = child(node, s.charAt(i));
        }
        return node;
    }

    /** Whether the path to {@code node} is a key. */
    boolean isKey(int node) {
        return docStart[node + 1] > docStart[node];
    }

    /**
     * Whether the path to {@code node} ends at a word boundary of some key: it is a key, or a key goes on from it
     * with a space ("export control" of "export control regime"; not "export con").
     */
    boolean endsWord(int node) {
        return isKey(node) || child(node, ' ') != NONE;
    }

    /** Where the term documents of {@code node} start in {@link #doc}: none unless it is a key. */
    int docsFrom(int node) {
        return docStart[node];
    }

    /** Where the term documents of {@code node} end in {@link #doc}. */
    int docsTo(int node) {
        return docStart[node + 1];
    }

    /** The {@code i}-th term document of the trie (by id in the whole index). */
    int doc(int i) {
        return docs[i];
    }

    /** Whether some key is longer than the path to {@code node}. */
    boolean hasLonger(int node) {
        return childStart[node + 1] > childStart[node];
    }

    /** How many keys. */
    int size() {
        return keys;
    }

    /** A growable int array (the trie's build only). */
    private static final class IntList {
        private int[] a = new int[1024];
        private int n;

        void add(int v) {
            if (n == a.length) {
                a = Arrays.copyOf(a, n * 2);
            }
            a[n++] = v;
        }

        int get(int i) {
            return a[i];
        }

        int size() {
            return n;
        }

        int[] toArray() {
            return Arrays.copyOf(a, n);
        }
    }
}
