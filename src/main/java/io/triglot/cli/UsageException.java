package io.triglot.cli;

/** A command was given options that do not fit together; exit 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
