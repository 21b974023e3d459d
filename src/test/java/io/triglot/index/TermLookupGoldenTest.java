package io.triglot.index;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.triglot.TestFiles;
import io.triglot.io.TermbaseFiles;
import io.triglot.lang.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden lookup file ({@code lookup/golden.tsv}): inflected and variant queries in en, ko and ja
 * against the shipped seed glossary, through a real index. Each line names the concept that must be found
 * and the exact text it must be found at.
 */
class TermLookupGoldenTest {
    static Path dir;
    static TermIndex index;
    static TermMatcher matcher;

    @BeforeAll
    static void buildIndex() throws IOException {
        dir = Files.createTempDirectory("triglot-golden");
        TermbaseFiles.Merged m = TermbaseFiles.readAll(List.of(TestFiles.SEED_GLOSSARY));
        TermIndex.replace(dir, m.termbase(), List.of(TestFiles.SEED_GLOSSARY.toString()));
        index = TermIndex.open(dir);
        matcher = new TermMatcher(index);
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
        try (Stream<Path> s = Files.walk(dir)) {
            s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    static Stream<Arguments> golden() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(TestFiles.resource("lookup/golden.tsv"), StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank() || line.startsWith("#") || line.startsWith("lang\t")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            if (f.length < 4) {
                throw new IllegalStateException("golden.tsv:" + (i + 1) + ": expected 4 columns");
            }
            out.add(Arguments.of(i + 1, f[0], f[1], f[2], f[3]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: [{1}] {2} -> {3}")
    @MethodSource("golden")
    void findsConceptAtExpectedText(int line, String lang, String query, String concept, String matched) {
        assertTrue(query.contains(matched), "golden.tsv:" + line + ": matched text not in query");
        // both with the language given and detected from the script
        for (var langs : new java.util.Set[] {EnumSet.of(Language.parse(lang)), null}) {
            @SuppressWarnings("unchecked")
            List<TermMatch> ms = matcher.find(query, TermMatcher.Options.lookup(langs));
            boolean ok = ms.stream().anyMatch(m -> m.concept().id().equals(concept) && m.surface().equals(matched)
                    && query.substring(m.start(), m.end()).equals(matched));
            if (!ok) {
                fail("golden.tsv:" + line + ": expected " + concept + " at '" + matched + "' in '" + query + "' (langs "
                        + (langs == null ? "auto" : langs) + "), got "
                        + ms.stream().map(m -> m.concept().id() + "@'" + m.surface() + "'").toList());
            }
        }
    }

    @Test
    void goldenFileCoversEnoughCasesPerLanguage() throws IOException {
        List<Arguments> all = golden().toList();
        assertTrue(all.size() >= 60, "at least 60 golden queries, have " + all.size());
        for (String l : List.of("en", "ko", "ja")) {
            long n = all.stream().filter(a -> a.get()[1].equals(l)).count();
            assertTrue(n >= 20, l + ": at least 20 golden queries, have " + n);
        }
        long concepts = all.stream().map(a -> a.get()[3]).distinct().count();
        assertTrue(concepts >= 30, "golden queries cover at least 30 concepts, have " + concepts);
    }
}
