package io.triglot.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A small side-by-side run with the real OmegaT 3.6 (Debian's omegat package, installed by .ci/run): OmegaT
 * and {@code triglot pretranslate --min 100} fill the same sentences with the same translations.
 */
class PretranslateBenchmarkTest {
    static final Path OMEGAT = Path.of("/usr/share/omegat/OmegaT.jar");

    @TempDir
    Path tmp;

    @Test
    void omegatAndTriglotFillTheSameExactMatches() throws Exception {
        assumeTrue(Files.exists(OMEGAT), "OmegaT is not installed (apt-get install omegat)");
        Map<String, Object> r = new PretranslateBenchmark(x -> { }).run(1500, 40, 1, OMEGAT, tmp);
        assertEquals(40, r.get("sentences"));
        int omegat = (Integer) r.get("omegat_filled");
        int exact = (Integer) r.get("triglot_exact_filled");
        int fuzzy = (Integer) r.get("triglot_fuzzy_filled");
        assertTrue(omegat >= 20, "OmegaT filled " + omegat + " of the 20 verbatim sentences");
        assertEquals(omegat, exact, "both fill the exact matches");
        assertEquals(40, r.get("same_output_paragraphs"), "paragraph by paragraph, the same output");
        assertTrue(fuzzy > exact, "the default threshold also fills the sentences with a word dropped: " + fuzzy);
    }
}
