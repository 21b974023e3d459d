package io.triglot.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.index.TermIndex;
import io.triglot.io.TermbaseFiles;
import io.triglot.lang.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Real sentences from the samples, aligned in shapes the evaluation does not isolate. */
class SentenceAlignerTest {
    static final List<String> EN = List.of(
            "Seoul pulls out of Gsomia pact with Tokyo.",
            "President Moon Jae-in on Thursday decided to withdraw from a military intelligence-sharing pact with Japan.",
            "According to Kyodo News, a Japanese government official expressed deep regret with Seoul's decision.",
            "Signed in November 2016, Gsomia is renewed automatically every year.",
            "Saturday is 90 days before the renewal date of Nov. 23.",
            "South Korea and Japan shared military intelligence a total of 29 times since Gsomia was first signed.");
    static final List<String> KO = List.of(
            "한국, 일본과의 지소미아 종료",
            "문재인 대통령은 22일 일본과의 군사정보 공유 협정에서 탈퇴하기로 결정했다.",
            "교도통신에 따르면 일본 정부 관계자는 한국의 결정에 깊은 유감을 표명했다.",
            "2016년 11월 체결된 지소미아는 매년 자동 연장된다.",
            "토요일은 11월 23일 연장일의 90일 전이다.",
            "국방부에 따르면 한국과 일본은 지소미아 체결 이후 총 29차례 군사정보를 공유했다.");

    static Path dir;
    static TermIndex index;
    /** Aligns as triglot does: with the seed glossary's concepts as anchors. */
    static SentenceAligner ALIGNER;

    @BeforeAll
    static void buildIndex() throws IOException {
        dir = Files.createTempDirectory("triglot-align");
        TermIndex.replace(dir, TermbaseFiles.readAll(List.of(TestFiles.SEED_GLOSSARY)).termbase(), List.of());
        index = TermIndex.open(dir);
        ALIGNER = new SentenceAligner(Language.EN, Language.KO, LengthModel.forPair(Language.EN, Language.KO),
                SentenceAligner.Weights.DEFAULT, ConceptAnchors.of(index, Language.EN), ConceptAnchors.of(index, Language.KO));
    }

    @AfterAll
    static void close() throws IOException {
        index.close();
    }

    static List<String> formats(List<Link> links) {
        return links.stream().map(Link::format).toList();
    }

    @Test
    void oneToOne() {
        assertEquals(List.of("0:0", "1:1", "2:2", "3:3", "4:4", "5:5"), formats(ALIGNER.align(EN, KO)));
    }

    @Test
    void mergedTranslationIsTwoToOne() {
        List<String> ko = List.of(KO.get(0), KO.get(1), KO.get(2), KO.get(3) + " " + KO.get(4), KO.get(5));
        assertEquals(List.of("0:0", "1:1", "2:2", "3,4:3", "5:4"), formats(ALIGNER.align(EN, ko)));
    }

    @Test
    void splitTranslationIsOneToTwo() {
        List<String> en = List.of(EN.get(0), EN.get(1), EN.get(2), EN.get(3) + " " + EN.get(4), EN.get(5));
        assertEquals(List.of("0:0", "1:1", "2:2", "3:3,4", "4:5"), formats(ALIGNER.align(en, KO)));
    }

    @Test
    void withoutTheGlossaryTwoSimilarSentencesAreAmbiguous() {
        // Moon's decision and Kyodo's report are of similar length and carry no numbers or Latin words:
        // length alone drops the wrong one; the glossary (문재인 = Moon Jae-in, 교도통신 = Kyodo) decides it
        List<String> ko = List.of(KO.get(0), KO.get(1), KO.get(3), KO.get(4), KO.get(5));
        List<String> lengthOnly = formats(SentenceAligner.forPair(Language.EN, Language.KO).align(EN, ko));
        assertEquals(List.of("0:0", "1:", "2:1", "3:2", "4:3", "5:4"), lengthOnly);
    }

    @Test
    void untranslatedSentenceIsOneToZero() {
        List<String> ko = List.of(KO.get(0), KO.get(1), KO.get(3), KO.get(4), KO.get(5));
        assertEquals(List.of("0:0", "1:1", "2:", "3:2", "4:3", "5:4"), formats(ALIGNER.align(EN, ko)));
    }

    @Test
    void everySentenceIsCoveredOnceInOrder() {
        List<String> ko = List.of(KO.get(0), KO.get(2) + " " + KO.get(3), KO.get(5));
        List<Link> links = ALIGNER.align(EN, ko);
        int i = 0;
        int j = 0;
        for (Link l : links) {
            for (int s : l.source()) {
                assertEquals(i++, s);
            }
            for (int t : l.target()) {
                assertEquals(j++, t);
            }
            assertTrue(l.score() >= 0 && l.score() <= 1);
        }
        assertEquals(EN.size(), i);
        assertEquals(ko.size(), j);
    }

    @Test
    void emptySidesGiveNullLinks() {
        assertEquals(List.of("0:", "1:"), formats(ALIGNER.align(EN.subList(0, 2), List.of())));
        assertEquals(List.of(":0"), formats(ALIGNER.align(List.of(), KO.subList(0, 1))));
        assertEquals(List.of(), ALIGNER.align(List.of(), List.of()));
    }

    @Test
    void linksParseAndFormat() {
        for (String s : List.of("3:3", "0,1:2", "5:", ":7", "1:2,3")) {
            assertEquals(s, Link.parse(s).format());
        }
        assertEquals("2-1", Link.parse("0,1:2").type());
        assertThrows(IllegalArgumentException.class, () -> Link.parse("3-3"));
    }
}
