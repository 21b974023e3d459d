package io.triglot.model;

import java.util.Locale;

/** Normative status of a term: whether editors and translators should use it. */
public enum TermStatus {
    PREFERRED("preferredTerm-admn-sts"),
    ADMITTED("admittedTerm-admn-sts"),
    DEPRECATED("deprecatedTerm-admn-sts"),
    FORBIDDEN("deprecatedTerm-admn-sts"),
    /**
     * Proposed by term extraction, not reviewed yet: only in candidate files, which {@code glossary merge}
     * reads; the termbase itself refuses such terms.
     */
    PROPOSED("proposedTerm-admn-sts");

    private final String tbxValue;

    TermStatus(String tbxValue) {
        this.tbxValue = tbxValue;
    }

    /** The TBX-Basic administrativeStatus value (forbidden is written as deprecated plus a forbidden flag). */
    public String tbxValue() {
        return tbxValue;
    }

    /** Lower-case name used in CSV, JSON and the command line. */
    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True for statuses that should not appear in new text. */
    public boolean discouraged() {
        return this == DEPRECATED || this == FORBIDDEN;
    }

    /**
     * Parses our own codes and the TBX/ISO 12620 values other tools write
     * ({@code preferredTerm-admn-sts}, {@code supersededTerm-admn-sts}, {@code admitted}, ...).
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static TermStatus parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (v.endsWith("-admn-sts")) {
            v = v.substring(0, v.length() - "-admn-sts".length());
        }
        if (v.endsWith("term")) {
            v = v.substring(0, v.length() - "term".length());
        }
        switch (v) {
            case "preferred":
            case "standardized":
            case "legal":
            case "regulated":
                return PREFERRED;
            case "admitted":
            case "":
                return ADMITTED;
            case "deprecated":
            case "superseded":
            case "notrecommended":
            case "not recommended":
                return DEPRECATED;
            case "forbidden":
                return FORBIDDEN;
            case "proposed":
                return PROPOSED;
            default:
                throw new IllegalArgumentException("unknown term status '" + value.trim()
                        + "' (expected preferred, admitted, deprecated or forbidden)");
        }
    }
}
