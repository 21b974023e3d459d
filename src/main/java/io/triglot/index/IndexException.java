package io.triglot.index;

/** The index is missing, locked by another writer, or unreadable. The CLI exits 3. */
public class IndexException extends RuntimeException {
    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Another writer holds the index's lock. */
    public static IndexException locked(java.nio.file.Path dir) {
        return new IndexException("index " + dir + " is being written by another process; try again when it finishes");
    }
}
