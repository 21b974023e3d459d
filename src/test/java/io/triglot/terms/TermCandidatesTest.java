package io.triglot.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.lang.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Candidates from the real OpenNLP, Nori and Kuromoji models on sentences of the domain. */
class TermCandidatesTest {
    private final TermCandidates candidates = new TermCandidates("", "");

    private List<String> surfaces(Language lang, String text) {
        return candidates.extract(lang, text).stream().map(TermCandidates.Candidate::surface).toList();
    }

    @Test
    void englishNounPhrasesEndInTheirHead() {
        List<String> c = surfaces(Language.EN,
                "Japan removed South Korea from its ‘white list’ of trusted trading partners and tightened export controls.");
        assertTrue(c.containsAll(List.of("Japan", "South Korea", "white list", "trading partners", "export controls")), c.toString());
        // a modifier alone is no term, nor is a curly quote part of one
        assertFalse(c.contains("export"), c.toString());
        assertFalse(c.stream().anyMatch(s -> s.contains("‘") || s.contains("’")), c.toString());
        assertFalse(c.contains("trusted"), c.toString());
    }

    @Test
    void aPossessiveEndsItsPhrase() {
        List<String> c = surfaces(Language.EN, "Seoul’s decision surprised Tokyo.");
        assertTrue(c.contains("Seoul") && c.contains("decision"), c.toString());
        assertFalse(c.stream().anyMatch(s -> s.startsWith("Seoul") && s.length() > 5), c.toString());
    }

    @Test
    void hyphenatedNamesStayWholeAndTitlesSplitFromNames() {
        List<String> c = surfaces(Language.EN, "President Moon Jae-in met Chief Cabinet Secretary Yoshihide Suga on the intelligence-sharing pact.");
        assertTrue(c.containsAll(List.of("Moon Jae-in", "Chief Cabinet Secretary", "Yoshihide Suga", "intelligence-sharing pact")),
                c.toString());
        assertFalse(c.stream().anyMatch(s -> s.contains(" met")), "the verb is no part of a name: " + c);
    }

    @Test
    void monthsAndHonorificsDoNotStartOrEndTerms() {
        List<String> c = surfaces(Language.EN, "Mr. Klingner said in August that the agreement would lapse.");
        assertTrue(c.contains("Klingner"), c.toString());
        assertFalse(c.contains("Mr. Klingner") || c.contains("August"), c.toString());
    }

    @Test
    void koreanNounCompoundsEndInTheirHeadButNamesMayEndBeforeATitle() {
        List<String> c = surfaces(Language.KO, "정부는 일본의 수출규제를 논의했고 스가 관방장관은 반박했다.");
        assertTrue(c.containsAll(List.of("수출규제", "스가", "스가 관방장관", "관방장관")), c.toString());
        assertFalse(c.contains("수출"), c.toString());
    }

    @Test
    void japaneseNounSequencesKatakanaNamesAndOneKanjiSurnames() {
        List<String> c = surfaces(Language.JA, "菅官房長官は輸出管理の強化とハリー・ハリス大使について述べた。");
        assertTrue(c.containsAll(List.of("菅", "官房長官", "輸出管理", "ハリー・ハリス", "ハリー・ハリス大使")), c.toString());
        assertFalse(c.contains("輸出"), c.toString());
    }

    @Test
    void titlesBeforeNamesInLowerCaseAndRomanNumerals() {
        List<String> c = surfaces(Language.EN, "The chief cabinet secretary Yoshihide Suga spoke of World War II.");
        assertTrue(c.containsAll(List.of("chief cabinet secretary", "Yoshihide Suga", "World War II")), c.toString());
        assertFalse(c.contains("chief"), c.toString());
        // a nationality before a noun modifies it
        List<String> m = surfaces(Language.EN, "He met South Korean Defence Minister Jeong Kyeong-doo.");
        assertTrue(m.contains("Defence Minister") && m.contains("South Korean Defence Minister"), m.toString());
        assertFalse(m.contains("South Korean"), m.toString());
    }

    @Test
    void koreanTermsAreWholeWordsUpToTheirParticles() {
        // Nori reads 한일 as 한/MM 일/NR and 외무상 as 외/NNB 무상/NNG: the words stay whole
        List<String> c = surfaces(Language.KO, "제2차 세계대전 당시 한일 관계가 나빠졌고 고노 다로 외무상은 반박했다.");
        assertTrue(c.containsAll(List.of("제2차 세계대전", "세계대전", "한일 관계", "고노 다로", "외무상", "고노 다로 외무상")),
                c.toString());
        // a word such as 당시 (at the time) breaks the run; a prefix and counter alone are no term
        assertFalse(c.stream().anyMatch(s -> s.contains("당시")), c.toString());
        assertFalse(c.contains("제2차") || c.contains("무상") || c.contains("한일"), c.toString());
        // 주한 (stationed in Korea) starts a term but ends none
        List<String> envoy = surfaces(Language.KO, "해리 해리스 주한 미국대사는 말했다.");
        assertTrue(envoy.contains("해리 해리스") && envoy.contains("주한 미국대사"), envoy.toString());
        assertFalse(envoy.contains("해리 해리스 주한") || envoy.contains("주한"), envoy.toString());
        // nor is the plural 들 part of a term
        List<String> victims = surfaces(Language.KO, "강제징용 피해자들은 배상을 요구했다.");
        assertTrue(victims.contains("강제징용 피해자") && !victims.contains("강제징용 피해자들"), victims.toString());
    }

    @Test
    void japaneseOrdinalsGivenNamesAndCountryAbbreviations() {
        List<String> c = surfaces(Language.JA, "第2次世界大戦中に安倍晋三首相は日米韓安全保障協力と破棄後の日韓関係に触れた。");
        assertTrue(c.containsAll(List.of("第2次世界大戦", "世界大戦", "安倍晋三", "首相", "日米韓安全保障協力", "日韓関係")),
                c.toString());
        // 中 and 後 (during, after) end no term; a given name or the second of two countries starts none
        assertFalse(c.contains("世界大戦中") || c.contains("破棄後"), c.toString());
        // 偉 of 菅義偉, which Kuromoji reads as an adjective, finishes the name before the title
        List<String> suga = surfaces(Language.JA, "菅義偉官房長官は述べた。");
        assertTrue(suga.containsAll(List.of("菅義偉", "官房長官", "菅義偉官房長官")), suga.toString());
        assertFalse(c.contains("晋三") || c.contains("晋三首相") || c.contains("米韓安全保障協力") || c.contains("韓関係"),
                c.toString());
    }

    @Test
    void twoNamesJoinedByAndAreEachACandidate() {
        // "Seoul and Tokyo" may be a name with "and" inside; each side is a name of its own too
        List<String> c = surfaces(Language.EN, "Washington dispatched a series of officials to both Seoul and Tokyo in an effort to preserve trilateral cooperation.");
        assertTrue(c.containsAll(List.of("Seoul", "Tokyo", "Seoul and Tokyo")), c.toString());
    }

    @Test
    void japaneseCandidatesCarryTheirReading() {
        var c = candidates.extract(Language.JA, "高官がソウルと東京に河野太郎外相を訪ねた。");
        java.util.Map<String, String> reading = new java.util.HashMap<>();
        for (TermCandidates.Candidate x : c) {
            reading.put(x.surface(), x.reading());
        }
        assertEquals("トウキョウ", reading.get("東京"));
        assertEquals("ソウル", reading.get("ソウル"));
        assertEquals("コウノタロウ", reading.get("河野太郎"));
        assertEquals("コウノタロウガイショウ", reading.get("河野太郎外相"));
        assertTrue(candidates.extract(Language.KO, "서울과 도쿄").stream().allMatch(x -> x.reading() == null));
    }

    @Test
    void keysFoldCaseButKeepAcronyms() {
        assertEquals("white list", TermCandidates.key(Language.EN, "White-list"));
        assertEquals("US", TermCandidates.key(Language.EN, "US"));
        assertEquals("us", TermCandidates.key(Language.EN, "us"));
        assertEquals(TermCandidates.key(Language.KO, "한일 관계"), TermCandidates.key(Language.KO, "한일관계"));
        // a two-word name in either order is one name; a phrase is not
        assertEquals(TermCandidates.key(Language.EN, "Taro Kono"), TermCandidates.key(Language.EN, "Kono Taro"));
        assertFalse(TermCandidates.key(Language.EN, "export controls").equals(TermCandidates.key(Language.EN, "controls export")));
    }

    @Test
    void transliterationCues() {
        assertTrue(Transliteration.cue("white list", "화이트리스트"));
        assertTrue(Transliteration.cue("Botto", "ボットー"));
        assertTrue(Transliteration.cue("GSOMIA", "GSOMIA"));
        assertFalse(Transliteration.cue("Maxwell", "マクスウェル大佐"), "a title in kanji is no transliteration");
        assertFalse(Transliteration.cue("agreement", "협정"));
        assertTrue(Transliteration.cue("Seoul", "서울"));
        assertTrue(Transliteration.cue("Kim You-geun", "김유근"));
        assertTrue(Transliteration.cue("Maxwell", "マクスウェル"), "x is ks");
        // the same numbers: digits, Roman numerals, Japanese numerals in Chinese characters
        assertTrue(Transliteration.cue("World War II", "제2차 세계대전"));
        assertTrue(Transliteration.cue("World War II", "第二次世界大戦"));
        assertTrue(Transliteration.cue("Resolution 2397", "第２３９７号"), "full-width digits");
        assertTrue(Transliteration.cue("G20", "G20 정상회의"));
        assertFalse(Transliteration.cue("2018 ruling", "2019년 판결"));
        assertEquals(List.of(23L, 105L, 2019L), Transliteration.numbers("二十三 百五 二〇一九"));
        assertEquals(List.of(2L, 1945L), Transliteration.numbers("World War II ended in 1945"));
    }

    @Test
    void chineseCharactersReadAsTheEnglish() {
        assertEquals("toukyou", Transliteration.hepburn("トウキョウ"));
        assertEquals("shoushakkan", Transliteration.hepburn("ショウシャッカン"));
        assertEquals("jochuu", Transliteration.hepburn("ジョチュウ"));
        // the reading, long vowels folded, is the English, in either order for a name of two words
        assertTrue(Transliteration.cue("Tokyo", "東京", "トウキョウ"));
        assertTrue(Transliteration.cue("Taro Kono", "河野太郎", "コウノタロウ"));
        assertTrue(Transliteration.cue("Kono Taro", "河野太郎", "コウノタロウ"));
        assertTrue(Transliteration.cue("Osaka", "大阪", "オオサカ"));
        // a name and its title, a word that only sounds somewhat alike, or no reading: no cue
        assertFalse(Transliteration.cue("Taro Kono", "河野太郎外相", "コウノタロウガイショウ"));
        assertFalse(Transliteration.cue("Moon", "問題", "モンダイ"));
        assertFalse(Transliteration.cue("Tokyo", "東京", null));
        assertFalse(Transliteration.cue("Kang", "康", "カン"));
    }
}
