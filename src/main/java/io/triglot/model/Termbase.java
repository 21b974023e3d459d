package io.triglot.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A concept-oriented termbase: concepts with unique ids, in order. */
public record Termbase(String title, List<Concept> concepts) {
    public Termbase {
        concepts = List.copyOf(concepts);
        Map<String, Concept> seen = new LinkedHashMap<>();
        for (Concept c : concepts) {
            if (seen.put(c.id(), c) != null) {
                throw new IllegalArgumentException("duplicate concept id '" + c.id() + "'");
            }
        }
    }

    public Optional<Concept> concept(String id) {
        return concepts.stream().filter(c -> c.id().equals(id)).findFirst();
    }

    public int termCount() {
        return concepts.stream().mapToInt(c -> c.terms().size()).sum();
    }
}
