package io.triglot.check;

import io.triglot.lang.Language;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Countries as Korean and Japanese write them inside compounds: 한미일 (Korea, the US, Japan), 한일 간, 미일동맹,
 * 日米韓, 日韓関係, 米軍. A translation that says "한미일 협력" for "cooperation among Japan, America and South
 * Korea" names all three; the termbase's 한국, 미국 and 일본 never occur in it. The concepts are found by their
 * preferred Korean or Japanese term (한국 → 한), so any termbase with those countries gets the abbreviations.
 */
final class CountryAbbreviations {
    private static final Map<String, Character> KO = Map.of("한국", '한', "미국", '미', "일본", '일', "중국", '중',
            "북한", '북', "러시아", '러');
    private static final Map<String, Character> JA = Map.of("韓国", '韓', "米国", '米', "日本", '日', "中国", '中',
            "北朝鮮", '朝', "ロシア", '露');
    /**
     * A run of two or more (한미일 협력, 한일 간, 日米韓安全保障協力, 日韓双方), or one before military, government or side
     * (미군, 米政府). Runs that are also ordinary words are left out: 일한 (worked), 日中 (daytime), and a run that
     * starts a longer Hangul word ending like a verb.
     */
    private static final Pattern KO_RUN = Pattern.compile("(?<![\\p{IsHangul}])(?!일한|일중)([한미일중북러]{2,4})(?![\\p{IsHangul}]{2,}다)"
            + "|(?<![\\p{IsHangul}])([미일중])(?=군|정부|측)");
    private static final Pattern JA_RUN = Pattern.compile("(?!日中|中日)([日米韓中朝露]{2,4})"
            + "|(?<![\\p{IsHan}])([米日韓中])(?=軍|政府|側)");

    /** Prefixed forms: 대북 (toward the North), 방미 (visit to the US), 남북 (the two Koreas), 対日, 訪韓, 米朝. */
    private static final Pattern KO_PREFIXED = Pattern.compile("(?<![\\p{IsHangul}])(?:대|방|남|북)([북미일한])(?=[^\\p{IsHangul}]|정책|제재|관계|대화|특사|협상|회담|핵|$)"
            + "|(?<![\\p{IsHangul}])(북)(?=핵|한군|측)");
    private static final Pattern JA_PREFIXED = Pattern.compile("(?:対|訪)([日韓米中朝])|(?<=南)(北)(?=関係|対話|会談|首脳|融和|$)");

    private final Map<Character, Concept> byChar = new HashMap<>();
    private final Pattern pattern;

    private final Pattern prefixed;

    private CountryAbbreviations(Pattern pattern, Pattern prefixed) {
        this.pattern = pattern;
        this.prefixed = prefixed;
    }

    /** The abbreviations of {@code lang} for the countries the termbase has. */
    static CountryAbbreviations of(Language lang, List<Concept> concepts) {
        Map<String, Character> table = lang == Language.KO ? KO : lang == Language.JA ? JA : Map.of();
        CountryAbbreviations a = new CountryAbbreviations(lang == Language.KO ? KO_RUN : JA_RUN,
                lang == Language.KO ? KO_PREFIXED : JA_PREFIXED);
        for (Concept c : concepts) {
            for (Term t : c.termsIn(lang.code())) {
                Character ch = table.get(t.text());
                if (ch != null && t.status() == TermStatus.PREFERRED) {
                    a.byChar.put(ch, c);
                }
            }
        }
        return a;
    }

    /** A country named in a compound, and where. */
    record Mention(Concept concept, int start, int end) {
    }

    /** The countries named by abbreviation in the text, one mention per character of each compound. */
    List<Mention> find(String text) {
        List<Mention> out = new ArrayList<>();
        if (byChar.isEmpty()) {
            return out;
        }
        for (Pattern p : new Pattern[] {pattern, prefixed}) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                int g = m.group(1) != null ? 1 : 2;
                for (int i = m.start(g); i < m.end(g); i++) {
                    Concept c = byChar.get(text.charAt(i));
                    if (c != null) {
                        out.add(new Mention(c, i, i + 1));
                    }
                }
            }
        }
        return out;
    }
}
