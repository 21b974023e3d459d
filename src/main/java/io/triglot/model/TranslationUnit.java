package io.triglot.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A translation unit: the same text in several languages, with properties (source document, link types,
 * alignment score).
 *
 * @param tuid  stable id
 * @param texts text by BCP 47 tag, in writing order
 * @param props properties as (type, value) pairs, in writing order
 */
public record TranslationUnit(String tuid, Map<String, String> texts, List<Prop> props) {
    public TranslationUnit {
        texts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(texts));
        props = List.copyOf(props);
    }

    /** A TMX {@code prop}. */
    public record Prop(String type, String value) {
    }
}
