package io.triglot.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LanguageTagsTest {
    @ParameterizedTest
    @CsvSource({"ko,ko", "ko-KR,ko-KR", "KO_kr,ko-KR", "ko_KR,ko-KR", "ja-jp,ja-JP", "JA,ja", "en-us,en-US",
            "EN_GB,en-GB", "zh-hant-tw,zh-Hant-TW", "ko-Kore-KR,ko-Kore-KR", "es-419,es-419"})
    void normalizes(String raw, String expected) {
        assertEquals(expected, LanguageTags.normalize(raw));
    }

    @ParameterizedTest
    @ValueSource(strings = {"korean", "k0", "xx", "en-USA-", "", "  ", "e", "ko--KR"})
    void rejectsUnknownCodes(String raw) {
        assertThrows(IllegalArgumentException.class, () -> LanguageTags.normalize(raw));
    }

    @ParameterizedTest
    @CsvSource({"en-US,true", "ko,true", "ja-JP,true", "fr,false", "zh-Hant-TW,false"})
    void supportsOurThreeLanguages(String tag, boolean supported) {
        assertEquals(supported, LanguageTags.isSupported(LanguageTags.normalize(tag)));
    }

    @org.junit.jupiter.api.Test
    void languageOfTag() {
        assertEquals(Language.KO, Language.ofTag("KO_kr"));
        assertEquals(Language.JA, Language.parse("ja"));
        assertTrue(Language.ofTag("fr") == null);
        assertFalse(LanguageTags.isSupported("de"));
    }
}
