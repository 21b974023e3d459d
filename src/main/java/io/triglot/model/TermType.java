package io.triglot.model;

import java.util.Locale;

/** The form of a term, using TBX-Basic termType values. */
public enum TermType {
    FULL_FORM("fullForm"),
    ACRONYM("acronym"),
    ABBREVIATION("abbreviation"),
    SHORT_FORM("shortForm"),
    VARIANT("variant"),
    TRANSLITERATION("transliteratedForm");

    private final String tbxValue;

    TermType(String tbxValue) {
        this.tbxValue = tbxValue;
    }

    /** The TBX termType value. */
    public String tbxValue() {
        return tbxValue;
    }

    /** Lower-case code used in CSV, JSON and the command line (the TBX value). */
    public String code() {
        return tbxValue;
    }

    /**
     * Parses TBX values ({@code fullForm}, {@code transliteratedForm}) and plain words
     * ({@code full form}, {@code transliteration}), case-insensitively.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static TermType parse(String value) {
        String v = value.trim().toLowerCase(Locale.ROOT).replaceAll("[\\s_-]", "");
        switch (v) {
            case "fullform":
            case "full":
            case "":
                return FULL_FORM;
            case "acronym":
            case "initialism":
                return ACRONYM;
            case "abbreviation":
            case "abbreviatedform":
                return ABBREVIATION;
            case "shortform":
            case "short":
                return SHORT_FORM;
            case "variant":
            case "spellingvariant":
            case "phrase":
                return VARIANT;
            case "transliteratedform":
            case "transliteration":
            case "transcribedform":
            case "romanizedform":
                return TRANSLITERATION;
            default:
                throw new IllegalArgumentException("unknown term type '" + value.trim()
                        + "' (expected fullForm, acronym, abbreviation, shortForm, variant or transliteratedForm)");
        }
    }
}
