package io.triglot.index;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.triglot.model.Concept;

/** Stores concepts in the index as JSON. */
final class ConceptCodec {
    private static final ObjectMapper MAPPER = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private ConceptCodec() {
    }

    static String encode(Concept c) {
        try {
            return MAPPER.writeValueAsString(c);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot encode concept " + c.id(), e);
        }
    }

    static Concept decode(String json) {
        try {
            return MAPPER.readValue(json, Concept.class);
        } catch (JsonProcessingException e) {
            throw new IndexException("corrupt concept record in index: " + e.getOriginalMessage(), e);
        }
    }

    static ObjectMapper mapper() {
        return MAPPER;
    }
}
