package io.triglot.io.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.triglot.model.TranslationUnit;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Validates our TMX with xmllint against the TMX 1.4 DTD that OmegaT ships in its jar (Debian packages
 * {@code omegat} and {@code libxml2-utils}, which {@code .ci/run} installs). Skipped where they are absent.
 */
class TmxDtdValidationTest {
    static final Path OMEGAT = Path.of("/usr/share/omegat/OmegaT.jar");

    @TempDir
    static Path tmp;
    static Path dtd;

    @BeforeAll
    static void extractDtd() throws Exception {
        assumeTrue(Files.exists(OMEGAT), "OmegaT is not installed (apt-get install omegat)");
        assumeTrue(run("xmllint", "--version") == 0, "xmllint is not installed (apt-get install libxml2-utils)");
        dtd = tmp.resolve("tmx14.dtd");
        try (ZipFile zip = new ZipFile(OMEGAT.toFile()); InputStream in = zip.getInputStream(zip.getEntry("schemas/tmx14.dtd"))) {
            Files.copy(in, dtd);
        }
    }

    static int run(String... cmd) {
        try {
            Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(tmp.resolve("xmllint.log").toFile()).start();
            return p.waitFor(60, TimeUnit.SECONDS) ? p.exitValue() : -1;
        } catch (Exception e) {
            return -1;
        }
    }

    static void assertValid(Path tmx) throws Exception {
        int code = run("xmllint", "--noout", "--dtdvalid", dtd.toString(), tmx.toString());
        assertEquals(0, code, tmx + ": " + Files.readString(tmp.resolve("xmllint.log")));
    }

    @Test
    void shippedMemoryIsValid() throws Exception {
        assertValid(Path.of("tmx", "gsomia.tmx"));
    }

    @Test
    void edgeCasesAreValid() throws Exception {
        Map<String, String> texts = new LinkedHashMap<>();
        texts.put("ko-KR", "<미국> & \"일본\"\u0007");
        Path out = tmp.resolve("edge.tmx");
        new TmxWriter("0", "en-US").write(List.of(new TranslationUnit("x", texts,
                List.of(new TranslationUnit.Prop("x-note", "a & b")))), out);
        assertValid(out);
    }
}
