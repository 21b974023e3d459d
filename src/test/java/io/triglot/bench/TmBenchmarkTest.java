package io.triglot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A tiny run of the memory benchmark: the figures it promises are there and make sense (no timings asserted). */
class TmBenchmarkTest {
    @TempDir
    Path tmp;

    @Test
    void syntheticUnitsAreDistinctThreeLanguageUnits() {
        TmBenchmark b = new TmBenchmark(x -> { });
        Set<String> seen = new HashSet<>();
        for (int k = 0; k < 3000; k++) {
            var u = b.unit(k);
            assertEquals(List.of("en-US", "ko-KR", "ja-JP"), List.copyOf(u.texts().keySet()));
            assertTrue(seen.add(u.texts().get("en-US")), "unit " + k + " repeats an earlier one");
        }
        assertEquals(b.unit(42), b.unit(42), "deterministic");
        assertNotEquals(b.unit(1).texts(), b.unit(1008).texts());
    }

    @Test
    void smallRunReportsEveryFigure() throws Exception {
        Map<String, Object> r = new TmBenchmark(x -> { }).run(300, 20, 5, 2, tmp, TestFiles.SEED_GLOSSARY);
        for (String k : List.of("tus", "index_tus_per_s", "analysis_only_tus_per_s", "index_bytes", "peak_heap_bytes",
                "lookup_p50_ms", "lookup_p95_ms", "match_p50_ms", "match_p95_ms", "match_p99_ms", "concordance_p95_ms",
                "top1_agreement")) {
            assertTrue(r.containsKey(k), k);
        }
        assertEquals(300, r.get("tus"));
        assertTrue(((Number) r.get("index_bytes")).longValue() > 0);
        assertEquals(1.0, ((Number) r.get("top1_agreement")).doubleValue(), "at this size the index's best is the scan's best");
    }
}
