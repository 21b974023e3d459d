package io.triglot.model;

import java.util.Locale;

/** How serious a finding is; {@code --fail-on} compares against this order. */
public enum Severity {
    INFO,
    WARNING,
    ERROR;

    /** Lower-case name used on the command line, in profiles and in JSON. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The SARIF 2.1.0 {@code level}: error, warning or note. */
    public String sarifLevel() {
        return this == INFO ? "note" : code();
    }

    /** Whether this is at least as serious as {@code other}. */
    public boolean atLeast(Severity other) {
        return compareTo(other) >= 0;
    }

    /**
     * Parses {@code info}, {@code warning} or {@code error} (any case; {@code note} is taken for info).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static Severity parse(String s) {
        String v = s.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "info", "note" -> INFO;
            case "warning", "warn" -> WARNING;
            case "error" -> ERROR;
            default -> throw new IllegalArgumentException("unknown severity '" + s.trim()
                    + "' (expected info, warning or error)");
        };
    }
}
