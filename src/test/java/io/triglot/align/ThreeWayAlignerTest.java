package io.triglot.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import io.triglot.segment.TextDocument;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The join through English, on fixed links. */
class ThreeWayAlignerTest {
    static TextDocument doc(Language l, String... sentences) {
        return new TextDocument(Path.of(l.code() + ".txt"), l, List.of(List.of(sentences)), List.of());
    }

    static final ThreeWayAligner.Article ARTICLE = new ThreeWayAligner.Article("d",
            doc(Language.EN, "E0.", "E1.", "E2.", "E3."),
            doc(Language.KO, "K0.", "K1+2.", "K3.", "Kx."),
            doc(Language.JA, "J0.", "J1。", "J2。", "J3a。", "J3b。"));

    static List<Link> links(String... s) {
        return java.util.Arrays.stream(s).map(Link::parse).toList();
    }

    static List<String> texts(TranslationUnit u) {
        return List.of(u.texts().getOrDefault("en-US", "-"), u.texts().getOrDefault("ko-KR", "-"),
                u.texts().getOrDefault("ja-JP", "-"));
    }

    @Test
    void joinsThroughEnglishInDocumentOrder() {
        List<TranslationUnit> units = ThreeWayAligner.join(ARTICLE, links("0:0", "1,2:1", "3:2", ":3"),
                links("0:0", "1:1", "2:2", "3:3,4"));
        assertEquals(4, units.size());
        assertEquals(List.of("E0.", "K0.", "J0."), texts(units.get(0)));
        assertEquals(List.of("E1. E2.", "K1+2.", "J1。J2。"), texts(units.get(1)), "a 2-1 and two 1-1 links join");
        assertEquals(List.of("E3.", "K3.", "J3a。J3b。"), texts(units.get(2)));
        assertEquals(List.of("-", "Kx.", "-"), texts(units.get(3)), "an untranslated Korean sentence keeps its place");
        assertEquals(List.of(new TranslationUnit.Prop("x-document", "d"), new TranslationUnit.Prop("x-link-en-ko", "2-1"),
                new TranslationUnit.Prop("x-link-en-ja", "1-1+1-1"), new TranslationUnit.Prop("x-align-score", "1.000")),
                units.get(1).props());
    }

    @Test
    void aUnitWithoutALanguageHasNoTextForIt() {
        ThreeWayAligner.Article noJa = new ThreeWayAligner.Article("d", ARTICLE.en(), ARTICLE.ko(), null);
        List<TranslationUnit> units = ThreeWayAligner.join(noJa, links("0:0", "1,2:1", "3:2", ":3"), List.of());
        assertEquals(4, units.size());
        assertFalse(units.get(0).texts().containsKey("ja-JP"));
        assertEquals(List.of("en-US", "ko-KR"), List.copyOf(units.get(0).texts().keySet()));
    }

    @Test
    void tuidsAreStableContentHashes() {
        List<TranslationUnit> a = ThreeWayAligner.join(ARTICLE, links("0:0", "1,2:1", "3:2", ":3"), links("0:0", "1:1", "2:2", "3:3,4"));
        List<TranslationUnit> b = ThreeWayAligner.join(ARTICLE, links("0:0", "1,2:1", "3:2", ":3"), links("0:0", "1:1", "2:2", "3:3,4"));
        assertEquals(a, b);
        assertEquals(16, a.get(0).tuid().length());
        assertNotEquals(a.get(0).tuid(), a.get(1).tuid());
    }
}
