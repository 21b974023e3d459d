package io.triglot.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Whether a Korean and a Japanese term are the same Sino-Korean and Sino-Japanese word: most policy terms are
 * written in Chinese characters in Japanese and read out syllable by syllable in Korean (軍事情報 / 군사정보,
 * 賠償 / 배상, 報復 / 보복). Each character's Korean readings come from libhangul's hanja table (Japanese
 * simplified forms such as 国, 経 and 関 included); the agreement of two terms is the Dice coefficient of the
 * longest common subsequence of Hangul syllables and characters read as them.
 */
final class SinoKorean {
    private static final int FIRST = 0x4E00;
    private static final int LAST = 0x9FFF;
    /** Readings by character (offset from {@link #FIRST}); null for a character the table does not read. */
    private static final String[] READINGS = load();

    private SinoKorean() {
    }

    private static String[] load() {
        String[] out = new String[LAST - FIRST + 1];
        try (InputStream in = SinoKorean.class.getResourceAsStream("hanja/readings.tsv")) {
            if (in == null) {
                throw new IllegalStateException("hanja readings missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.isEmpty() || line.startsWith("#")) {
                    continue;
                }
                char c = line.charAt(0);
                StringBuilder all = new StringBuilder(line.substring(2));
                // the initial-sound rule: 리 is written 이, 로 노 and 녀 여 at the start of a Korean word (李, 労働, 女性)
                for (int i = 2; i < line.length(); i++) {
                    all.append(initialForms(line.charAt(i)));
                }
                out[c - FIRST] = all.toString();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** The forms a syllable takes at the start of a word: ㄹ to ㄴ or ㅇ, ㄴ before i/y to ㅇ. */
    private static String initialForms(char syllable) {
        int s = syllable - 0xAC00;
        int lead = s / (21 * 28);
        int vowel = (s / 28) % 21;
        int tail = s % 28;
        boolean iotized = vowel == 2 || vowel == 3 || vowel == 6 || vowel == 7 || vowel == 12 || vowel == 17 || vowel == 20;
        StringBuilder out = new StringBuilder();
        if (lead == 5) { // ㄹ
            out.append(syllable(iotized ? 11 : 2, vowel, tail)); // ㅇ before i/y, else ㄴ
        } else if (lead == 2 && iotized) { // ㄴ
            out.append(syllable(11, vowel, tail));
        }
        return out.toString();
    }

    private static char syllable(int lead, int vowel, int tail) {
        return (char) (0xAC00 + (lead * 21 + vowel) * 28 + tail);
    }

    /** Whether the table reads {@code c} as Korean syllable {@code s}. */
    static boolean reads(char c, char s) {
        if (c < FIRST || c > LAST) {
            return false;
        }
        String r = READINGS[c - FIRST];
        return r != null && r.indexOf(s) >= 0;
    }

    /**
     * How far the Japanese reads as the Korean, 0 to 1: the Dice coefficient of the longest common
     * subsequence of the Korean's Hangul syllables and the Japanese's Chinese characters, a character matching a
     * syllable it is read as. 0 when either side has none (katakana loanwords are {@link Transliteration}'s).
     */
    static double agreement(String korean, String japanese) {
        StringBuilder ko = new StringBuilder();
        for (int i = 0; i < korean.length(); i++) {
            char c = korean.charAt(i);
            if (c >= 0xAC00 && c <= 0xD7A3) {
                ko.append(c);
            }
        }
        StringBuilder ja = new StringBuilder();
        for (int i = 0; i < japanese.length(); i++) {
            char c = japanese.charAt(i);
            if (c >= FIRST && c <= LAST) {
                ja.append(c);
            }
        }
        if (ko.length() == 0 || ja.length() == 0) {
            return 0;
        }
        int[] prev = new int[ja.length() + 1];
        int[] cur = new int[ja.length() + 1];
        for (int i = 1; i <= ko.length(); i++) {
            for (int j = 1; j <= ja.length(); j++) {
                cur[j] = reads(ja.charAt(j - 1), ko.charAt(i - 1)) ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return 2.0 * prev[ja.length()] / (ko.length() + ja.length());
    }
}
