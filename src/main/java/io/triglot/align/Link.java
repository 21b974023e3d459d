package io.triglot.align;

import java.util.List;
import java.util.stream.Collectors;

/**
 * One alignment link: source sentence ids and target sentence ids (0-based, either side may be empty),
 * and how sure the aligner is (0–1).
 */
public record Link(List<Integer> source, List<Integer> target, double score) {
    public Link {
        source = List.copyOf(source);
        target = List.copyOf(target);
    }

    /** {@code 2-1}, {@code 1-0}, ... */
    public String type() {
        return source.size() + "-" + target.size();
    }

    /** The evaluation form: {@code 0,1:2}, {@code 5:}, {@code :7}. */
    public String format() {
        return join(source) + ":" + join(target);
    }

    private static String join(List<Integer> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    /** Parses {@link #format()}. */
    public static Link parse(String s) {
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("not a link: '" + s + "'");
        }
        return new Link(ids(s.substring(0, colon)), ids(s.substring(colon + 1)), 1.0);
    }

    private static List<Integer> ids(String s) {
        if (s.isBlank()) {
            return List.of();
        }
        return java.util.Arrays.stream(s.split(",")).map(String::trim).map(Integer::valueOf).toList();
    }
}
