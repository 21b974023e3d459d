package io.triglot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipFile;

/**
 * The real OmegaT 3.6 (Debian's {@code omegat}) and xmllint ({@code libxml2-utils}), which {@code .ci/run}
 * installs, for tests that prove our files in a CAT tool; tests skip themselves where they are missing.
 */
public final class OmegaT {
    public static final Path JAR = Path.of("/usr/share/omegat/OmegaT.jar");

    private OmegaT() {
    }

    public static boolean installed() {
        return Files.isRegularFile(JAR);
    }

    public static boolean xmllintInstalled() {
        try {
            Process p = new ProcessBuilder("xmllint", "--version").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException | InterruptedException e) {
            return false;
        }
    }

    /** The TMX 1.4 DTD OmegaT ships in its jar, copied to {@code dir}. */
    public static Path tmxDtd(Path dir) throws IOException {
        Path dtd = dir.resolve("tmx14.dtd");
        try (ZipFile zip = new ZipFile(JAR.toFile()); InputStream in = zip.getInputStream(zip.getEntry("schemas/tmx14.dtd"))) {
            Files.copy(in, dtd, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return dtd;
    }

    /** Asserts that xmllint finds the TMX valid against OmegaT's TMX 1.4 DTD. */
    public static void assertValidTmx(Path tmx, Path work) throws Exception {
        Path dtd = tmxDtd(work);
        Path log = work.resolve("xmllint.log");
        Process p = new ProcessBuilder("xmllint", "--noout", "--dtdvalid", dtd.toString(), tmx.toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        assertEquals(true, p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), tmx + ": " + Files.readString(log));
    }

    /** An OmegaT project without sentence segmentation: each paragraph of the document is one segment. */
    public static Path project(Path dir, String sourceLang, String targetLang, Path document, Path memory, Path glossary)
            throws IOException {
        return io.triglot.bench.OmegaTProject.create(dir, sourceLang, targetLang, false, document, memory, glossary);
    }

    /** Runs OmegaT's console-translate on a project (OmegaT exits 0 even when it could not load a memory). */
    public static void consoleTranslate(Path project) throws Exception {
        Path log = project.resolve("omegat-console.log");
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString(), project.toString(), "--mode=console-translate", "--disable-project-locking", "--no-team"));
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(10, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            throw new IllegalStateException("OmegaT did not finish: " + Files.readString(log));
        }
    }

    /** Paragraphs of a plain-text file (OmegaT's text filter splits on blank lines). */
    public static List<String> paragraphs(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : Files.readString(file, StandardCharsets.UTF_8).split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }
}
