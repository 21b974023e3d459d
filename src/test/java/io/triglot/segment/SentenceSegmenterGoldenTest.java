package io.triglot.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.lang.Language;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Golden segmentation cases, one file per language ({@code segment/en.tsv}, ...): each line is a paragraph,
 * a tab, and its expected sentences joined by {@code " ‖ "}. Lines starting with {@code #} are comments
 * (known weaknesses are kept there, as kuromoji's golden file does).
 */
class SentenceSegmenterGoldenTest {
    static final SentenceSegmenter SEGMENTER = SentenceSegmenter.withShippedRules();

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Language l : Language.values()) {
            List<String> lines = Files.readAllLines(TestFiles.resource("segment/" + l.code() + ".tsv"), StandardCharsets.UTF_8);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 2) {
                    throw new IllegalStateException("segment/" + l.code() + ".tsv:" + (i + 1) + ": expected 2 columns");
                }
                out.add(Arguments.of(l, i + 1, f[0], Arrays.asList(f[1].split(" ‖ "))));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} line {1}")
    @MethodSource("cases")
    void splitsAsExpected(Language lang, int line, String paragraph, List<String> expected) {
        assertEquals(expected, SEGMENTER.sentences(lang, paragraph), lang + ".tsv:" + line);
    }

    @Test
    void atLeastThirtyCasesPerLanguage() throws IOException {
        for (Language l : Language.values()) {
            long n = cases().filter(a -> a.get()[0] == l).count();
            assertTrue(n >= 30, l + ": " + n + " golden cases");
        }
    }

    @Test
    void offsetsPointIntoTheParagraph() {
        String p = "  GSOMIA expires. It was signed in 2016.  ";
        for (SentenceSegmenter.Sentence s : SEGMENTER.split(Language.EN, p)) {
            assertEquals(s.text(), p.substring(s.start(), s.end()));
        }
        assertEquals(List.of(), SEGMENTER.sentences(Language.KO, "   "));
        assertEquals(List.of("no sentence end here"), SEGMENTER.sentences(Language.EN, "no sentence end here"));
    }
}
