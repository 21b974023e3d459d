package io.triglot.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.lang.Language;
import io.triglot.segment.SentenceSegmenter;
import java.util.List;
import org.junit.jupiter.api.Test;

class CheckedTextTest {
    @Test
    void positionsCountLinesAndCodePoints() {
        String text = "제목\n\n𠀀한일 지소미아를 종료했다.\r\n둘째 줄";
        CheckedText t = new CheckedText("a.txt", text, Language.KO);
        int at = text.indexOf("지소미아");
        assertEquals(new CheckedText.Position(3, 5), t.position(at), "a supplementary character is one column");
        assertEquals("𠀀한일 지소미아를 종료했다.", t.line(3));
        assertEquals(new CheckedText.Position(4, 1), t.position(text.indexOf("둘째")));
    }

    @Test
    void paragraphsAndHeadlineRegion() {
        String text = "Seoul pulls out of Gsomia pact with Tokyo\n\nBy a staff reporter\n\n"
                + "President Moon Jae-in on Thursday decided to withdraw.\nIt was a\nlong paragraph.\n\nShort line without period\n";
        CheckedText t = new CheckedText("a.txt", text, Language.EN);
        List<CheckedText.Block> b = t.blocks();
        assertEquals(4, b.size());
        assertTrue(b.get(0).headline());
        assertTrue(b.get(1).headline(), "byline under the headline");
        assertFalse(b.get(2).headline());
        assertFalse(b.get(3).headline(), "only title lines before the body count");
        assertEquals("President Moon Jae-in on Thursday decided to withdraw. It was a long paragraph.", b.get(2).text());
        assertEquals(text.indexOf("President"), b.get(2).start());
    }

    @Test
    void fileWithoutBlankLinesHasOneParagraphPerLine() {
        CheckedText t = new CheckedText("a.txt", "第一文。\n第二文。\n", Language.JA);
        assertEquals(2, t.blocks().size());
        assertFalse(t.blocks().get(0).headline());
    }

    @Test
    void sentencesKeepOffsetsIntoTheFile() {
        String text = "Headline\n\nSeoul ended GSOMIA. Tokyo\nregretted it.\n";
        CheckedText t = new CheckedText("a.txt", text, Language.EN);
        List<List<CheckedText.Sentence>> s = t.sentences(SentenceSegmenter.withShippedRules());
        CheckedText.Sentence second = s.get(1).get(1);
        assertEquals("Tokyo regretted it.", second.text());
        assertEquals("Tokyo\nregretted it.", text.substring(second.start(), second.end()));
    }
}
