package io.triglot.index;

/** The index is missing, locked by another writer, or unreadable. The CLI exits 3. */
public class IndexException extends RuntimeException {
    public IndexException(String message) {
        super(message);
    }

    public IndexException(String message, Throwable cause) {
        super(message, cause);
    }
}
