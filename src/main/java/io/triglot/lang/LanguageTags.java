package io.triglot.lang;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Normalizes language codes as tools write them ({@code ko}, {@code ko-KR}, {@code KO_kr}, {@code ja-jp}) to BCP 47. */
public final class LanguageTags {
    /** Languages triglot analyzes. */
    public static final Set<String> SUPPORTED = Set.of("en", "ko", "ja");

    // language[-script][-region][-variant...]; enough of BCP 47 for termbases and TMX.
    private static final Pattern TAG = Pattern.compile(
            "([A-Za-z]{2,3})(?:[-_]([A-Za-z]{4}))?(?:[-_]([A-Za-z]{2}|[0-9]{3}))?((?:[-_][A-Za-z0-9]{5,8}|[-_][0-9][A-Za-z0-9]{3})*)");
    private static final Set<String> ISO_639_1 = Set.of(Locale.getISOLanguages());

    private LanguageTags() {
    }

    /**
     * Returns the canonical form of a tag: language lower case, script title case, region upper case,
     * separators as hyphens.
     *
     * @throws IllegalArgumentException if the tag is not a well-formed tag of a known language
     */
    public static String normalize(String raw) {
        if (raw == null || raw.isBlank()) {
            throw new IllegalArgumentException("missing language code");
        }
        String s = raw.trim();
        Matcher m = TAG.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("unknown language code '" + s + "'");
        }
        String language = m.group(1).toLowerCase(Locale.ROOT);
        if (language.length() == 2 && !ISO_639_1.contains(language)) {
            throw new IllegalArgumentException("unknown language code '" + s + "'");
        }
        StringBuilder out = new StringBuilder(language);
        if (m.group(2) != null) {
            String script = m.group(2);
            out.append('-').append(Character.toUpperCase(script.charAt(0)))
                    .append(script.substring(1).toLowerCase(Locale.ROOT));
        }
        if (m.group(3) != null) {
            out.append('-').append(m.group(3).toUpperCase(Locale.ROOT));
        }
        if (!m.group(4).isEmpty()) {
            out.append(m.group(4).replace('_', '-').toLowerCase(Locale.ROOT));
        }
        return out.toString();
    }

    /** The primary language subtag of a normalized tag. */
    public static String primary(String normalizedTag) {
        int dash = normalizedTag.indexOf('-');
        return dash < 0 ? normalizedTag : normalizedTag.substring(0, dash);
    }

    /** Whether triglot analyzes this tag's language. */
    public static boolean isSupported(String normalizedTag) {
        return SUPPORTED.contains(primary(normalizedTag));
    }
}
