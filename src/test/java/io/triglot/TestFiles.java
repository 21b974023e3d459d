package io.triglot;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Paths to the project's real files, and small helpers for writing test inputs. */
public final class TestFiles {
    /** The shipped seed glossary. */
    public static final Path SEED_GLOSSARY = Path.of("glossaries", "gsomia.tbx");

    private TestFiles() {
    }

    public static Path resource(String name) {
        return Path.of("src", "test", "resources", name);
    }

    public static Path write(Path dir, String name, String content) {
        try {
            Path p = dir.resolve(name);
            Files.writeString(p, content, StandardCharsets.UTF_8);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Path writeBytes(Path dir, String name, byte[] content) {
        try {
            Path p = dir.resolve(name);
            Files.write(p, content);
            return p;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
