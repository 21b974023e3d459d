package io.triglot.io;

import java.nio.file.Path;

/** Bad input: names the file and, where known, the line. The CLI prints it as one line and exits 2. */
public class InputException extends RuntimeException {
    private final Path file;
    private final int line;

    public InputException(Path file, int line, String message) {
        this(file, line, message, null);
    }

    public InputException(Path file, int line, String message, Throwable cause) {
        super(message, cause);
        this.file = file;
        this.line = line;
    }

    public Path file() {
        return file;
    }

    /** 1-based line, or 0 when the problem is the file as a whole. */
    public int line() {
        return line;
    }

    /** {@code file:line: message}, the form editors and CI logs link to. */
    public String describe() {
        StringBuilder sb = new StringBuilder();
        if (file != null) {
            sb.append(file);
            if (line > 0) {
                sb.append(':').append(line);
            }
            sb.append(": ");
        }
        return sb.append(getMessage()).toString();
    }
}
