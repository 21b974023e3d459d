package io.triglot.lang;

import java.util.EnumSet;
import java.util.Set;

/** Detects which of our languages a text may be in, from the scripts it uses. */
public final class Scripts {
    private Scripts() {
    }

    /**
     * Languages whose analyzers should read this text: Korean for Hangul, Japanese for kana or Han
     * ideographs, English for Latin letters. Latin acronyms inside Korean or Japanese text make
     * English a candidate too, so that {@code WTO에} finds the English term as well.
     */
    public static Set<Language> candidates(CharSequence text) {
        boolean latin = false;
        boolean hangul = false;
        boolean kana = false;
        boolean han = false;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            Character.UnicodeScript script = script(cp);
            switch (script) {
                case LATIN -> latin = true;
                case HANGUL -> hangul = true;
                case HIRAGANA, KATAKANA -> kana = true;
                case HAN -> han = true;
                default -> {
                }
            }
        }
        EnumSet<Language> out = EnumSet.noneOf(Language.class);
        if (latin) {
            out.add(Language.EN);
        }
        if (hangul) {
            out.add(Language.KO);
        }
        if (kana || (han && !hangul)) {
            out.add(Language.JA);
        }
        return out;
    }

    /**
     * The script of a letter: the ranges news text is made of are answered directly, the rest by
     * {@link Character.UnicodeScript#of} (a binary search over all of Unicode's script ranges, which showed up
     * in profiles of {@code triglot check}).
     */
    static Character.UnicodeScript script(int cp) {
        if (cp < 0x80 || (cp >= 0xFF21 && cp <= 0xFF5A)) {
            return Character.UnicodeScript.LATIN;
        }
        if (cp >= 0xAC00 && cp <= 0xD7A3) {
            return Character.UnicodeScript.HANGUL;
        }
        if (cp >= 0x4E00 && cp <= 0x9FFF) {
            return Character.UnicodeScript.HAN;
        }
        if (cp >= 0x3041 && cp <= 0x3096) {
            return Character.UnicodeScript.HIRAGANA;
        }
        if (cp >= 0x30A1 && cp <= 0x30FA) {
            return Character.UnicodeScript.KATAKANA;
        }
        return Character.UnicodeScript.of(cp);
    }

    /** The dominant language of a text by letter count, or null if it has no letters of ours. */
    public static Language dominant(CharSequence text) {
        int latin = 0;
        int hangul = 0;
        int japanese = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (!Character.isLetter(cp)) {
                continue;
            }
            switch (script(cp)) {
                case LATIN -> latin++;
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA, HAN -> japanese++;
                default -> {
                }
            }
        }
        if (latin == 0 && hangul == 0 && japanese == 0) {
            return null;
        }
        // Latin letters count for less: acronyms inside Korean or Japanese text are common.
        if (hangul >= japanese && hangul * 3 >= latin) {
            return Language.KO;
        }
        if (japanese > hangul && japanese * 3 >= latin) {
            return Language.JA;
        }
        return Language.EN;
    }
}
