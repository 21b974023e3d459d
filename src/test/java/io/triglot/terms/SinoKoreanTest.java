package io.triglot.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SinoKoreanTest {

    @Test
    void readsTheGlossarysSinoKoreanTermsAsTheirJapanese() {
        // pairs from the seed glossary and the memory: one word in two scripts
        assertEquals(1.0, SinoKorean.agreement("군사정보포괄보호협정", "軍事情報包括保護協定"));
        assertEquals(1.0, SinoKorean.agreement("배상", "賠償"));
        assertEquals(1.0, SinoKorean.agreement("보복", "報復"));
        assertEquals(1.0, SinoKorean.agreement("외무성", "外務省"));
        assertEquals(1.0, SinoKorean.agreement("대통령", "大統領"));
        // Japanese simplified forms read as their Korean characters (国 for 國, 経済 for 經濟, 関係 for 關係)
        assertEquals(1.0, SinoKorean.agreement("중국", "中国"));
        assertEquals(1.0, SinoKorean.agreement("경제산업성", "経済産業省"));
        assertEquals(1.0, SinoKorean.agreement("역사 문제", "歴史問題"));
    }

    @Test
    void partOfAWordAgreesInPart() {
        // 한일 관계 / 日韓関係: the order of the countries differs, 한 관 계 agree
        assertEquals(2.0 * 3 / 8, SinoKorean.agreement("한일 관계", "日韓関係"), 1e-9);
        // 강제징용 / 徴用工: 징용 agree
        assertEquals(2.0 * 2 / 7, SinoKorean.agreement("강제징용", "徴用工"), 1e-9);
        // 한반도 / 朝鮮半島: 반도
        assertEquals(2.0 * 2 / 7, SinoKorean.agreement("한반도", "朝鮮半島"), 1e-9);
    }

    @Test
    void theInitialSoundRuleIsKnown() {
        // 労 is 로 and 李 리, written 노 and 이 at the start of a Korean word
        assertEquals(1.0, SinoKorean.agreement("노동", "労働"));
        assertEquals(1.0, SinoKorean.agreement("이", "李"));
        assertTrue(SinoKorean.reads('領', '령'));
        assertTrue(SinoKorean.reads('女', '여'));
    }

    @Test
    void namesReadBySoundAndOtherScriptsDoNotAgree() {
        // Japanese names are transliterated in Korean, not read: 安倍 is 아베, not 안배
        assertEquals(0.0, SinoKorean.agreement("아베", "安倍"));
        // katakana and Latin have no Sino-Korean reading
        assertEquals(0.0, SinoKorean.agreement("화이트리스트", "ホワイトリスト"));
        assertEquals(0.0, SinoKorean.agreement("지소미아", "GSOMIA"));
        assertEquals(0.0, SinoKorean.agreement("외교부", "破棄"));
        assertFalse(SinoKorean.reads('A', '아'));
    }
}
