package io.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import io.triglot.model.Termbase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Pins tokens, offsets and keys of the real analyzers, as Lucene's own analysis tests do. */
class TermAnalyzersTest {
    static Term term(String text, String lang) {
        return new Term(text, lang, TermStatus.PREFERRED, TermType.FULL_FORM, null, false, List.of());
    }

    static final TermAnalyzers ANALYZERS = TermAnalyzers.forTermbase(new Termbase(null, List.of(
            new Concept("gsomia", null, null, null, List.of(), List.of(term("지소미아", "ko"), term("한일 군사정보보호협정", "ko"),
                    term("日韓秘密軍事情報保護協定", "ja"))),
            new Concept("white-list", null, null, null, List.of(), List.of(term("화이트리스트", "ko"), term("ホワイト国", "ja"))))));

    /** {@code surface[start,end)} for each token. */
    static List<String> tokens(Language lang, String text) {
        List<String> out = new ArrayList<>();
        for (TermAnalyzers.Token t : ANALYZERS.tokens(lang, text)) {
            out.add(text.substring(t.start(), t.end()) + "[" + t.start() + "," + t.end() + ")");
        }
        return out;
    }

    @Test
    void userDictionariesHoldGlossaryWords() {
        assertEquals("군사정보보호협정\n지소미아\n한일\n화이트리스트\n", ANALYZERS.koreanDictionary());
        assertEquals("ホワイト国,ホワイト国,ホワイト国,カスタム名詞\n日韓秘密軍事情報保護協定,日韓秘密軍事情報保護協定,日韓秘密軍事情報保護協定,カスタム名詞\n",
                ANALYZERS.japaneseDictionary());
    }

    @Test
    void koreanParticlesAreSeparateTokens() {
        assertEquals(List.of("지소미아[0,4)", "를[4,5)"), tokens(Language.KO, "지소미아를"));
        assertEquals(List.of("화이트리스트[0,6)", "에서[6,8)"), tokens(Language.KO, "화이트리스트에서"));
        assertEquals(List.of("청와대[0,3)", "는[3,4)"), tokens(Language.KO, "청와대는"));
        // full-width Latin is folded for analysis, offsets stay in the original
        assertEquals(List.of("ＧＳＯＭＩＡ[0,6)", "를[6,7)"), tokens(Language.KO, "ＧＳＯＭＩＡ를"));
    }

    @Test
    void japaneseParticlesAndHalfWidthKatakana() {
        assertEquals(List.of("GSOMIA[0,6)", "の[6,7)", "破棄[7,9)"), tokens(Language.JA, "GSOMIAの破棄"));
        assertEquals(List.of("ホワイト国[0,5)", "から[5,7)"), tokens(Language.JA, "ホワイト国から"));
        assertEquals(List.of("ﾎﾜｲﾄ国[0,5)", "から[5,7)"), tokens(Language.JA, "ﾎﾜｲﾄ国から"));
        assertEquals(List.of("日韓秘密軍事情報保護協定[0,12)", "を[12,13)"), tokens(Language.JA, "日韓秘密軍事情報保護協定を"));
    }

    @Test
    void englishStemsAndPossessives() {
        assertEquals(List.of("Blue[0,4)", "House[5,10)"), tokens(Language.EN, "Blue House's"));
        List<String> stems = ANALYZERS.tokens(Language.EN, "conscripted laborers white-listed").stream()
                .map(TermAnalyzers.Token::stem).toList();
        assertEquals(List.of("conscript", "labor", "white", "list"), stems);
    }

    @Test
    void keysIgnoreKoreanSpacingAndDots() {
        assertEquals(List.of("한일군사정보보호협정"), ANALYZERS.termKeys(term("한일 군사정보보호협정", "ko"), Language.KO));
        String text = "한·일 군사정보보호협정의 종료";
        boolean found = ANALYZERS.spans(Language.KO, text, 5).stream()
                .anyMatch(s -> s.keys().contains("한일군사정보보호협정") && text.substring(s.start(), s.end()).equals("한·일 군사정보보호협정"));
        assertTrue(found);
    }

    @Test
    void englishCompactKeysJoinOpenCompoundsButNotStopwords() {
        assertEquals(List.of("white list", "whitelist"), ANALYZERS.termKeys(term("white list", "en"), Language.EN));
        assertTrue(ANALYZERS.spans(Language.EN, "a white list", 3).stream().anyMatch(s -> s.keys().contains("whitelist")));
        assertFalse(ANALYZERS.spans(Language.EN, "the rapist", 3).stream().anyMatch(s -> s.keys().contains("therapist")));
    }

    @Test
    void caseComparisonStopsWhereInflectionStarts() {
        assertTrue(TermAnalyzers.sameCase("GSOMIAs", "GSOMIA"));
        assertTrue(TermAnalyzers.sameCase("ＧＳＯＭＩＡ", "GSOMIA"));
        assertFalse(TermAnalyzers.sameCase("Gsomia", "GSOMIA"));
        assertFalse(TermAnalyzers.sameCase("us", "US"));
        assertTrue(TermAnalyzers.sameCase("U.S.", "U.S."));
    }
}
