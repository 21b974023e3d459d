package io.triglot.model;

import java.util.Objects;

/**
 * One problem a check found at one place in a file.
 *
 * @param file       the file as given on the command line
 * @param line       1-based line of the first character
 * @param column     1-based column of the first character, in Unicode code points
 * @param endLine    1-based line of the last character
 * @param endColumn  1-based column just after the last character, in code points
 * @param rule       stable rule id ({@code DEPRECATED_TERM})
 * @param severity   how serious
 * @param text       the offending text as written
 * @param message    what is wrong, for people
 * @param suggestion the replacement text, or null when there is no single fix
 * @param conceptId  the termbase concept concerned, or null
 */
public record Finding(String file, int line, int column, int endLine, int endColumn, String rule, Severity severity,
                      String text, String message, String suggestion, String conceptId) {
    public Finding {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(message, "message");
    }

    /** The same finding with another severity (house-style profiles override the rule's default). */
    public Finding withSeverity(Severity s) {
        return new Finding(file, line, column, endLine, endColumn, rule, s, text, message, suggestion, conceptId);
    }
}
