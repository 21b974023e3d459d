package io.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged jar as a user would, in its own process: real exit codes, real stdout and stderr. */
class LauncherIT {
    @TempDir
    Path work;

    record Run(int code, String out, String err) {
    }

    Run run(String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", Path.of(System.getProperty("triglot.jar", "target/triglot.jar")).toAbsolutePath().toString()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).directory(work.toFile())
                .redirectOutput(work.resolve("out.txt").toFile()).redirectError(work.resolve("err.txt").toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "finishes");
        return new Run(p.exitValue(), Files.readString(work.resolve("out.txt"), StandardCharsets.UTF_8),
                Files.readString(work.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    @Test
    void buildThenLookupFromTheWorkingDirectory() throws Exception {
        Files.createDirectories(work.resolve("glossaries"));
        Files.copy(TestFiles.SEED_GLOSSARY.toAbsolutePath(), work.resolve("glossaries/gsomia.tbx"));
        Run build = run("build");
        assertEquals(0, build.code(), build.err());
        assertTrue(Files.isDirectory(work.resolve(".triglot/index")), "index in .triglot/ under the working directory");
        Run lookup = run("lookup", "ホワイト国から除外");
        assertEquals(0, lookup.code(), lookup.err());
        assertTrue(lookup.out().startsWith("ホワイト国  [0,5)  white-list"), lookup.out());
    }

    @Test
    void badInputIsOneLineWithoutStackTraceAndExitTwo() throws Exception {
        Files.createDirectories(work.resolve("glossaries"));
        Files.writeString(work.resolve("glossaries/bad.tbx"), "<martif>\n<text><body>\n<termEntry id=\"x\">\n</body></text></martif>\n");
        Run r = run("build");
        assertEquals(2, r.code());
        assertEquals(1, r.err().lines().count(), r.err());
        assertTrue(r.err().startsWith("triglot: glossaries/bad.tbx:4: malformed XML"), r.err());
        assertFalse(Files.exists(work.resolve(".triglot")), "nothing written");
        Run verbose = run("build", "--verbose");
        assertEquals(2, verbose.code());
        assertTrue(verbose.err().contains("\tat io.triglot."), "--verbose shows the stack trace");
    }

    @Test
    void missingIndexIsAnIoFailure() throws Exception {
        Run r = run("lookup", "GSOMIA");
        assertEquals(3, r.code());
        assertEquals("triglot: no index at .triglot (run 'triglot build' or 'triglot glossary import')\n", r.err());
    }
}
