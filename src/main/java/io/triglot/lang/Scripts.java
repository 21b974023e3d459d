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
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
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
            switch (Character.UnicodeScript.of(cp)) {
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
