package io.triglot.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translation unit: the same text in several languages, with properties (source document, link types,
 * alignment score), and what other tools put in a TMX unit that triglot keeps so that an import exported again
 * loses nothing: the unit's attributes and notes, and per language its attributes, props, notes and the
 * segment with its inline codes.
 *
 * @param tuid       stable id
 * @param texts      plain text by BCP 47 tag, in writing order (inline codes left out)
 * @param props      properties as (type, value) pairs, in writing order
 * @param notes      the unit's notes
 * @param attributes the unit's other attributes ({@code creationdate}, {@code usagecount}, …), in order
 * @param variants   by the tag of {@code texts}: what a language's {@code tuv} has besides its plain text
 */
public record TranslationUnit(String tuid, Map<String, String> texts, List<Prop> props, List<String> notes,
                              Map<String, String> attributes, Map<String, Variant> variants) {
    public TranslationUnit {
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        props = List.copyOf(props);
        notes = List.copyOf(notes == null ? List.of() : notes);
        attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
        variants = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(variants == null ? Map.of() : variants));
    }

    /** A unit with texts and props only (what triglot's own memory has). */
    public TranslationUnit(String tuid, Map<String, String> texts, List<Prop> props) {
        this(tuid, texts, props, List.of(), Map.of(), Map.of());
    }

    /** The same unit with other texts (and the variants of the tags it keeps, under their new tags). */
    public TranslationUnit withTexts(Map<String, String> newTexts, Map<String, String> newTagByOld, List<Prop> newProps) {
        Map<String, Variant> vs = new LinkedHashMap<>();
        newTagByOld.forEach((old, now) -> {
            Variant v = variants.get(old);
            if (v != null) {
                vs.put(now, v);
            }
        });
        return new TranslationUnit(tuid, newTexts, newProps, notes, attributes, vs);
    }

    /** A TMX {@code prop}. */
    public record Prop(String type, String value) {
    }

    /**
     * What a {@code tuv} has besides its language and plain text.
     *
     * @param attributes its other attributes ({@code creationid}, {@code changedate}, …)
     * @param props      its props
     * @param notes      its notes
     * @param markup     the segment's content as XML with its inline codes ({@code bpt}, {@code ph}, …), or null
     *                   when it has none (the plain text says it all)
     */
    public record Variant(Map<String, String> attributes, List<Prop> props, List<String> notes, String markup) {
        public Variant {
            attributes = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(attributes == null ? Map.of() : attributes));
            props = List.copyOf(props == null ? List.of() : props);
            notes = List.copyOf(notes == null ? List.of() : notes);
        }

        public boolean isEmpty() {
            return attributes.isEmpty() && props.isEmpty() && notes.isEmpty() && markup == null;
        }
    }
}
