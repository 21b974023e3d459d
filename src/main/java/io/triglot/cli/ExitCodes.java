package io.triglot.cli;

/** Exit codes shared by every command. */
public final class ExitCodes {
    public static final int OK = 0;
    /** A check found problems. */
    public static final int FINDINGS = 1;
    /** Bad input or usage. */
    public static final int BAD_INPUT = 2;
    /** Reading or writing files or the index failed. */
    public static final int IO_FAILURE = 3;
    /** A bug. */
    public static final int INTERNAL = 4;

    private ExitCodes() {
    }
}
