package io.triglot.io;

import io.triglot.model.Concept;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * A termbase as read from one file: its concepts in order, the line each concept starts on
 * (for error messages that point into the file), and warnings about content that was skipped.
 */
public record TermbaseFile(Path path, String title, List<Concept> concepts, Map<String, Integer> lines,
                           List<String> warnings) {
    public TermbaseFile {
        concepts = List.copyOf(concepts);
        lines = Map.copyOf(lines);
        warnings = List.copyOf(warnings);
    }

    public int lineOf(String conceptId) {
        return lines.getOrDefault(conceptId, 0);
    }
}
