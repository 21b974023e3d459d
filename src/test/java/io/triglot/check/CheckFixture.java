package io.triglot.check;

import io.triglot.TestFiles;
import io.triglot.index.TermIndex;
import io.triglot.io.TermbaseFiles;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The shipped seed glossary in a real index, and the shipped house style, shared by the check tests. */
final class CheckFixture {
    private static TermIndex index;

    private CheckFixture() {
    }

    static synchronized TermIndex index() {
        if (index == null) {
            try {
                Path dir = Files.createTempDirectory("triglot-check-test");
                TermIndex.replace(dir, TermbaseFiles.readAll(List.of(TestFiles.SEED_GLOSSARY)).termbase(), List.of());
                index = TermIndex.open(dir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return index;
    }

    static HouseStyle shippedStyle() {
        HouseStyle.Parsed p = HouseStyle.read(Path.of(HouseStyle.DEFAULT_FILE));
        p.style().validate(index().termbase(), p.text());
        return p.style();
    }
}
