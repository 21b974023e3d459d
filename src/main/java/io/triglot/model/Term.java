package io.triglot.model;

import java.util.List;
import java.util.Objects;

/**
 * One designation of a concept in one language.
 *
 * @param text          the term as written, Unicode NFC, single-spaced
 * @param lang          normalized BCP 47 tag ({@code en-US}, {@code ko}, {@code ja-JP})
 * @param status        normative status
 * @param type          form of the term
 * @param usageNote     guidance for writers, or null
 * @param caseSensitive whether running text must match the term's case
 * @param sources       documents that attest the term
 */
public record Term(String text, String lang, TermStatus status, TermType type, String usageNote,
                   boolean caseSensitive, List<Source> sources) {
    public Term {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(lang, "lang");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(type, "type");
        usageNote = usageNote == null || usageNote.isBlank() ? null : usageNote;
        sources = List.copyOf(sources == null ? List.of() : sources);
    }

    /** The primary language subtag: {@code en}, {@code ko} or {@code ja}. */
    public String language() {
        int dash = lang.indexOf('-');
        return dash < 0 ? lang : PRIMARY.computeIfAbsent(lang, l -> l.substring(0, dash));
    }

    /** Primary subtags by tag: asked for on every match, and there are only a few tags. */
    private static final java.util.Map<String, String> PRIMARY = new java.util.concurrent.ConcurrentHashMap<>();
}
