package io.triglot.terms;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Cues that a Korean or Japanese candidate renders an English one by its form: the same Latin letters
 * (GSOMIA in all three), the same numbers (World War II, 제2차 세계대전, 第二次世界大戦), a Hangul or katakana
 * transliteration (화이트리스트, ホワイトリスト for white list) compared on consonant skeletons after a rough
 * romanization, or Chinese characters read as the English (東京, トウキョウ, Tokyo).
 */
final class Transliteration {
    private static final java.util.regex.Pattern NOT_LATIN = java.util.regex.Pattern.compile("[^A-Za-z]");
    private static final java.util.regex.Pattern NOT_LATIN_OR_SPACE = java.util.regex.Pattern.compile("[^a-z ]+");
    private static final java.util.regex.Pattern SILENT_R = java.util.regex.Pattern.compile("([aeiou])r(?![aeiou])");
    private static final java.util.regex.Pattern DOUBLED = java.util.regex.Pattern.compile("(.)\\1+");
    private static final String[] KATAKANA = new String[0x30FF - 0x30A0 + 1];
    private static final String[] CHOSEONG = {"g", "kk", "n", "d", "tt", "r", "m", "b", "pp", "s", "ss", "", "j", "jj", "ch", "k", "t", "p", "h"};
    private static final String[] JUNGSEONG = {"a", "ae", "ya", "yae", "eo", "e", "yeo", "ye", "o", "wa", "wae", "oe", "yo", "u", "wo", "we", "wi", "yu", "eu", "ui", "i"};
    private static final String[] JONGSEONG = {"", "k", "k", "k", "n", "n", "n", "t", "l", "k", "m", "l", "l", "l", "p", "l", "m", "p", "p", "t", "t", "ng", "t", "t", "k", "t", "p", "t"};

    static {
        String rows = "a i u e o ka ki ku ke ko sa shi su se so ta chi tsu te to na ni nu ne no ha hi fu he ho ma mi mu me mo "
                + "ya yu yo ra ri ru re ro wa wo n ga gi gu ge go za ji zu ze zo da di du de do ba bi bu be bo pa pi pu pe po";
        String chars = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワヲンガギグゲゴザジズゼゾダヂヅデドバビブベボパピプペポ";
        String[] r = rows.split(" ");
        for (int i = 0; i < chars.length(); i++) {
            KATAKANA[chars.charAt(i) - 0x30A0] = r[i];
        }
        String small = "ァィゥェォャュョッ";
        String[] sr = {"a", "i", "u", "e", "o", "ya", "yu", "yo", ""};
        for (int i = 0; i < small.length(); i++) {
            KATAKANA[small.charAt(i) - 0x30A0] = sr[i];
        }
        KATAKANA['ー' - 0x30A0] = "";
        KATAKANA['・' - 0x30A0] = " ";
    }

    private Transliteration() {
    }

    /** Whether {@code target} looks like {@code english} in another script, or has its Latin letters. */
    static boolean cue(String english, String target) {
        return cue(english, target, null);
    }

    /**
     * Whether {@code target} looks like {@code english} in another script, or has its Latin letters; a Japanese
     * target in Chinese characters does when its {@code reading} (katakana, from the morphological dictionary)
     * is the English's letters (東京, トウキョウ, Tokyo; 河野太郎, Taro Kono).
     */
    static boolean cue(String english, String target, String reading) {
        if (english == null || target == null) {
            return false;
        }
        if (sameLatin(english, target) || sameNumbers(english, target)) {
            return true;
        }
        if (target.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
            // a transliteration with a title or a word of its own (マクスウェル大佐) is not one; a word read
            // exactly as the English is
            return reading != null && readsAs(english, reading);
        }
        String roman = romanize(target);
        if (roman.isEmpty() || roman.equals(target.toLowerCase(Locale.ROOT))) {
            return false;
        }
        // English r after a vowel is not written in katakana or Hangul (Esper: エスパー, 에스퍼)
        String en = SILENT_R.matcher(english.toLowerCase(Locale.ROOT)).replaceAll("$1");
        return dice(skeleton(en), skeleton(roman)) >= 0.6;
    }

    /**
     * Whether a katakana reading, in Hepburn romanization with long vowels folded (トウキョウ: tokyo), is the
     * English's letters, its words in their order or, for a name of two, the other (Taro Kono: konotaro).
     * Exact, unlike the sound skeletons of transliterations: a reading of Chinese characters that only sounds
     * somewhat like an English word is a coincidence far more often than a name.
     */
    static boolean readsAs(String english, String reading) {
        String r = foldLong(hepburn(reading));
        String[] words = NOT_LATIN_OR_SPACE.matcher(english.toLowerCase(Locale.ROOT)).replaceAll(" ").trim().split(" +");
        String forward = foldLong(String.join("", words));
        if (r.length() < 3 || forward.isEmpty()) {
            return false;
        }
        return r.equals(forward) || (words.length == 2 && r.equals(foldLong(words[1] + words[0])));
    }

    /** Katakana in Hepburn romanization: キョ kyo, ショ sho, ッ doubling the next consonant; other characters dropped. */
    static String hepburn(String katakana) {
        StringBuilder sb = new StringBuilder();
        boolean doubleNext = false;
        for (int i = 0; i < katakana.length(); i++) {
            char c = katakana.charAt(i);
            if (c == 'ッ') {
                doubleNext = true;
                continue;
            }
            int small = "ャュョ".indexOf(c);
            if (small >= 0 && sb.length() > 1 && sb.charAt(sb.length() - 1) == 'i') {
                // a contracted sound: the i of the syllable before gives way (キョ kyo; シャ sha, チュ chu, ジョ jo)
                sb.setLength(sb.length() - 1);
                char before = sb.charAt(sb.length() - 1);
                if (before != 'h' && before != 'j') {
                    sb.append('y');
                }
                sb.append("auo".charAt(small));
                continue;
            }
            String roman = c >= 0x30A0 && c <= 0x30FF ? KATAKANA[c - 0x30A0] : null;
            if (roman == null || roman.isBlank()) {
                continue;
            }
            if (doubleNext && Character.isLetter(roman.charAt(0)) && "aiueo".indexOf(roman.charAt(0)) < 0) {
                sb.append(roman.charAt(0) == 'c' ? 't' : roman.charAt(0));
            }
            doubleNext = false;
            sb.append(roman);
        }
        return sb.toString();
    }

    /** Long vowels written once (ou, oo: o; uu: u), as English spellings of Japanese names write them. */
    private static String foldLong(String s) {
        return s.replace("ou", "o").replace("oo", "o").replace("uu", "u");
    }

    /**
     * Whether two terms have the same numbers, at least one (World War II, 제2차 세계대전, 第二次世界大戦): digits of
     * any width, English Roman numerals (II to XII, but not the ambiguous I, V and X) and Japanese numerals in
     * Chinese characters.
     */
    static boolean sameNumbers(String a, String b) {
        List<Long> x = numbers(a);
        return !x.isEmpty() && x.equals(numbers(b));
    }

    private static final List<String> ROMAN_VALUES = List.of("", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX",
            "X", "XI", "XII");
    private static final String KANJI_DIGITS = "〇一二三四五六七八九";
    private static final String KANJI_NUMERALS = KANJI_DIGITS + "十百千";

    /** The numbers of a term: its Roman numerals, then its other numbers in order (see {@link #sameNumbers}). */
    static List<Long> numbers(String s) {
        List<Long> out = new ArrayList<>();
        for (String word : NOT_LATIN.split(s)) {
            if (TermCandidates.roman(word)) { // the Roman numerals a candidate may end with (World War II)
                out.add((long) ROMAN_VALUES.indexOf(word));
            }
        }
        long value = -1;
        for (int i = 0; i <= s.length(); i++) {
            char c = i < s.length() ? s.charAt(i) : ' ';
            if (Character.isDigit(c)) {
                value = (value < 0 ? 0 : value * 10) + Character.digit(c, 10);
                continue;
            }
            if (value >= 0) {
                out.add(value);
                value = -1;
            }
            if (KANJI_NUMERALS.indexOf(c) >= 0) {
                int end = i;
                while (end < s.length() && KANJI_NUMERALS.indexOf(s.charAt(end)) >= 0) {
                    end++;
                }
                out.add(kanji(s.substring(i, end)));
                i = end - 1;
            }
        }
        return out;
    }

    /** A number in Chinese characters: 二十三 23, 百五 105, 二〇一九 2019 (digit by digit). */
    private static long kanji(String s) {
        long total = 0;
        long digits = -1;
        for (char c : s.toCharArray()) {
            int d = KANJI_DIGITS.indexOf(c);
            int unit = c == '十' ? 10 : c == '百' ? 100 : c == '千' ? 1000 : 0;
            if (d >= 0) {
                digits = (digits < 0 ? 0 : digits * 10) + d;
            } else {
                total += (digits < 0 ? 1 : digits) * unit;
                digits = -1;
            }
        }
        return total + Math.max(0, digits);
    }

    /** Whether two terms have the same Latin letters, at least two (GSOMIA, TISA, GSOMIA협정), in any case. */
    static boolean sameLatin(String a, String b) {
        String latin = NOT_LATIN.matcher(a).replaceAll("");
        return latin.length() >= 2 && NOT_LATIN.matcher(b).replaceAll("").equalsIgnoreCase(latin);
    }

    /** Katakana and Hangul to Latin letters, roughly; anything else is dropped. */
    static String romanize(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x30A0 && c <= 0x30FF && KATAKANA[c - 0x30A0] != null) {
                sb.append(KATAKANA[c - 0x30A0]);
            } else if (c >= 0xAC00 && c <= 0xD7A3) {
                int x = c - 0xAC00;
                sb.append(CHOSEONG[x / 588]).append(JUNGSEONG[(x % 588) / 28]).append(JONGSEONG[x % 28]);
            } else if (Character.isLetter(c) && c < 0x80) {
                sb.append(Character.toLowerCase(c));
            }
        }
        return sb.toString();
    }

    /** Consonants only, with sounds the scripts merge merged (l/r, v/b, f/p/h, th/t/s, w dropped). */
    static String skeleton(String s) {
        String t = s.replace("x", "ks").replace("th", "t").replace("ph", "p").replace("ck", "k").replace("sh", "s").replace("ch", "c");
        StringBuilder sb = new StringBuilder();
        for (char c : t.toCharArray()) {
            switch (c) {
                case 'l' -> sb.append('r');
                case 'v' -> sb.append('b');
                case 'f', 'h' -> sb.append('p');
                case 'c', 'q', 'j' -> sb.append('k');
                case 'z' -> sb.append('s');
                case 'g' -> sb.append('k');
                case 'd' -> sb.append('t');
                case 'a', 'e', 'i', 'o', 'u', 'w', 'y', ' ', '-' -> {
                }
                default -> {
                    if (Character.isLetter(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        // doubled letters from transliteration (tt, ss) count once
        return DOUBLED.matcher(sb).replaceAll("$1").replace("np", "mp").replace("nb", "mb");
    }

    private static double dice(String a, String b) {
        if (a.length() < 2 || b.length() < 2) {
            return a.equals(b) && !a.isEmpty() ? 1 : 0;
        }
        Set<String> x = new HashSet<>();
        Set<String> y = new HashSet<>();
        for (int i = 0; i + 2 <= a.length(); i++) {
            x.add(a.substring(i, i + 2));
        }
        for (int i = 0; i + 2 <= b.length(); i++) {
            y.add(b.substring(i, i + 2));
        }
        int common = 0;
        for (String s : x) {
            if (y.contains(s)) {
                common++;
            }
        }
        return 2.0 * common / (x.size() + y.size());
    }
}
