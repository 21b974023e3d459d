package io.triglot.lang;

import java.util.Locale;

/** The three languages triglot analyzes, with their default region tags as used in TMX. */
public enum Language {
    EN("en", "en-US"),
    KO("ko", "ko-KR"),
    JA("ja", "ja-JP");

    private final String code;
    private final String regionTag;

    Language(String code, String regionTag) {
        this.code = code;
        this.regionTag = regionTag;
    }

    /** The primary subtag: {@code en}, {@code ko}, {@code ja}. */
    public String code() {
        return code;
    }

    /** The tag with region, as TMX and CAT tools expect: {@code en-US}, {@code ko-KR}, {@code ja-JP}. */
    public String regionTag() {
        return regionTag;
    }

    /** The language of a tag, or null when it is none of ours. */
    public static Language ofTag(String tag) {
        String primary = LanguageTags.primary(LanguageTags.normalize(tag));
        for (Language l : values()) {
            if (l.code.equals(primary)) {
                return l;
            }
        }
        return null;
    }

    /** Parses {@code en}, {@code ko}, {@code ja} (any case, with or without region). */
    public static Language parse(String s) {
        Language l = ofTag(s);
        if (l == null) {
            throw new IllegalArgumentException("unsupported language '" + s + "' (expected en, ko or ja)");
        }
        return l;
    }

    @Override
    public String toString() {
        return code.toLowerCase(Locale.ROOT);
    }
}
