package io.triglot.index;

import java.util.List;
import java.util.Map;

/**
 * What the index records about its termbase: counts, the files it came from, the longest term per
 * language in tokens, and the user dictionaries the analyzers must be built with at query time.
 */
public record IndexMeta(int format, int concepts, int terms, List<String> files,
                        Map<String, Integer> maxTokens, String koDictionary, String jaDictionary) {
    /** Index layout version; bumped when documents change shape. */
    public static final int FORMAT = 1;
}
