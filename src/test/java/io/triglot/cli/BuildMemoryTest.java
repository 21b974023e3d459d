package io.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code triglot build} over the shipped glossaries and samples. */
class BuildMemoryTest {
    @TempDir
    Path tmp;

    @Test
    void buildWritesTheShippedMemoryByteForByte() throws Exception {
        Path a = tmp.resolve("a.tmx");
        Cli r = Cli.run("build", "--index", tmp.resolve("idx").toString(), "--tmx", a.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("memory: 5 documents, sentences en "), r.out());
        assertTrue(r.out().contains("links: en-ja:"), r.out());
        // deterministic: a second run gives the same bytes, and so does the memory shipped in tmx/
        Path b = tmp.resolve("b.tmx");
        assertEquals(0, Cli.run("build", "--index", tmp.resolve("idx2").toString(), "--tmx", b.toString()).code());
        assertEquals(-1L, Files.mismatch(a, b), "two builds differ");
        assertEquals(-1L, Files.mismatch(a, Path.of("tmx", "gsomia.tmx")),
                "tmx/gsomia.tmx is stale: run ./triglot build and commit it");
    }

    @Test
    void badSampleLeavesIndexAndMemoryUntouched() throws Exception {
        Path samples = tmp.resolve("samples");
        Files.createDirectories(samples.resolve("en"));
        Files.createDirectories(samples.resolve("ko"));
        Files.writeString(samples.resolve("en/a.txt"), "The pact ends.\n");
        Files.writeString(samples.resolve("ko/a.txt"), "   \n");
        Path tmx = tmp.resolve("m.tmx");
        Cli r = Cli.run("build", "--samples", samples.toString(), "--index", tmp.resolve("idx").toString(),
                "--tmx", tmx.toString());
        assertEquals(2, r.code());
        assertEquals("triglot: " + samples.resolve("ko/a.txt") + ": empty file\n", r.err());
        assertTrue(!Files.exists(tmx) && !Files.exists(tmp.resolve("idx")), "nothing written");
    }
}
