package io.triglot.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.lang.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The number comparison on the golden cases in {@code check/numbers.tsv}, and on NTREX-128 as a whole. */
class NumberExtractorTest {
    static Stream<Arguments> golden() throws IOException {
        List<Arguments> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(TestFiles.resource("check/numbers.tsv"));
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) {
                continue;
            }
            String[] f = l.split("\t");
            out.add(Arguments.of(i + 1, Language.parse(f[0]), f[1], f[2], f[3]));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "numbers.tsv:{0} {2}")
    @MethodSource("golden")
    void goldenCase(int line, Language target, String source, String translation, String expected) {
        TreeSet<String> got = new TreeSet<>();
        for (NumberExtractor.Mismatch m : NumberExtractor.compare(source, Language.EN, translation, target)) {
            got.add((m.inSource() ? "s:" : "t:") + m.quantity().key());
        }
        TreeSet<String> want = new TreeSet<>();
        if (!expected.equals("-")) {
            want.addAll(List.of(expected.split(" ")));
        }
        assertEquals(want, got, "numbers.tsv:" + line);
    }

    @Test
    void offsetsPointAtTheNumberInTheOriginalText() {
        String t = "輸出は５５．４％減少";
        NumberExtractor.Quantity q = NumberExtractor.extract(t, Language.JA).get(0);
        assertEquals("55.4", q.key());
        assertEquals("５５．４", t.substring(q.start(), q.end()));
    }

    @Test
    void realTranslationsRarelyRaiseAndChangedNumbersAreCaught() {
        // NTREX-128: 1,007 professionally translated news sentences per pair (see 'triglot eval numbers')
        for (Language l : new Language[] {Language.KO, Language.JA}) {
            NumberEvaluation.Result r = NumberEvaluation.run(l, 1);
            assertEquals(1007, r.pairs());
            assertTrue(r.flaggedShare() <= 0.01, l + ": " + r.flagged() + " clean pairs reported");
            assertTrue(r.corrupted() > 250, l + ": " + r.corrupted());
            assertTrue(r.recall() >= 0.93, l + ": recall " + r.recall());
        }
    }
}
