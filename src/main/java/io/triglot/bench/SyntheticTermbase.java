package io.triglot.bench;

import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import io.triglot.model.Termbase;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A deterministic generated termbase of any size, shaped like a real one: each concept has an English
 * full form (two or three invented words) and often an acronym, a Korean term of Hangul syllables
 * (sometimes two words), and a Japanese term of katakana with a kanji head noun. The same seed always
 * gives the same termbase.
 */
public final class SyntheticTermbase {
    private static final String[] EN_SYLLABLES = {"ka", "vor", "tel", "im", "ran", "do", "sel", "mar", "quin", "bo",
            "ter", "lix", "no", "vah", "pre", "sto", "gan", "dul", "fen", "rik", "ul", "mo", "zen", "ta"};
    private static final String KO_SYLLABLES = "가나다라마바사아자차카타파하고노도로모보소오조초코토포호구누두루무부수우주추쿠투푸후"
            + "기니디리미비시이지치키티피히개내대래매배새재채캐태패해건번선연전천컨턴펀헌경령명병성영정청";
    private static final String KATAKANA = "アイウエオカキクケコサシスセソタチツテトナニヌネノハヒフヘホマミムメモヤユヨラリルレロワン"
            + "ガギグゲゴザジズゼゾダデドバビブベボパピプペポ";
    private static final String[] KANJI_HEADS = {"協定", "機構", "委員会", "制度", "条約", "政策", "問題", "会議", "基金", "計画"};
    private static final String[] KO_HEADS = {"협정", "기구", "위원회", "제도", "조약", "정책", "문제", "회의", "기금", "계획"};

    private SyntheticTermbase() {
    }

    /** Generates {@code concepts} concepts from {@code seed}. */
    public static Termbase generate(int concepts, long seed) {
        Random rnd = new Random(seed);
        Set<String> seen = new HashSet<>();
        List<Concept> out = new ArrayList<>(concepts);
        for (int i = 0; i < concepts; i++) {
            List<Term> terms = new ArrayList<>(5);
            String en;
            do {
                int words = 2 + rnd.nextInt(2);
                StringBuilder sb = new StringBuilder();
                for (int w = 0; w < words; w++) {
                    if (w > 0) {
                        sb.append(' ');
                    }
                    int syl = 2 + rnd.nextInt(2);
                    for (int s = 0; s < syl; s++) {
                        sb.append(EN_SYLLABLES[rnd.nextInt(EN_SYLLABLES.length)]);
                    }
                }
                en = capitalizeWords(sb.toString());
            } while (!seen.add("en" + en.toLowerCase()));
            terms.add(term(en, "en-US", TermStatus.PREFERRED, TermType.FULL_FORM, false));
            if (rnd.nextInt(3) == 0) {
                StringBuilder acr = new StringBuilder();
                for (String w : en.split(" ")) {
                    acr.append(w.charAt(0));
                }
                acr.append((char) ('A' + rnd.nextInt(26))).append((char) ('A' + rnd.nextInt(26)));
                if (seen.add("acr" + acr)) {
                    terms.add(term(acr.toString(), "en-US", TermStatus.PREFERRED, TermType.ACRONYM, true));
                }
            }
            String ko;
            do {
                StringBuilder sb = new StringBuilder();
                int syl = 2 + rnd.nextInt(3);
                for (int s = 0; s < syl; s++) {
                    sb.append(KO_SYLLABLES.charAt(rnd.nextInt(KO_SYLLABLES.length())));
                }
                if (rnd.nextBoolean()) {
                    sb.append(' ').append(KO_HEADS[rnd.nextInt(KO_HEADS.length)]);
                }
                ko = sb.toString();
            } while (!seen.add("ko" + ko));
            terms.add(term(ko, "ko-KR", TermStatus.PREFERRED, TermType.FULL_FORM, false));
            if (rnd.nextInt(4) == 0) {
                String variant = ko.replace(" ", "");
                if (!variant.equals(ko) && seen.add("ko" + variant)) {
                    terms.add(term(variant, "ko-KR", TermStatus.DEPRECATED, TermType.VARIANT, false));
                }
            }
            String ja;
            do {
                StringBuilder sb = new StringBuilder();
                int kana = 3 + rnd.nextInt(3);
                for (int s = 0; s < kana; s++) {
                    sb.append(KATAKANA.charAt(rnd.nextInt(KATAKANA.length())));
                }
                sb.append(KANJI_HEADS[rnd.nextInt(KANJI_HEADS.length)]);
                ja = sb.toString();
            } while (!seen.add("ja" + ja));
            terms.add(term(ja, "ja-JP", TermStatus.PREFERRED, TermType.FULL_FORM, false));
            out.add(new Concept(String.format("gen-%06d", i), "generated", null, null, List.of(), terms));
        }
        return new Termbase("generated termbase, " + concepts + " concepts, seed " + seed, out);
    }

    private static Term term(String text, String lang, TermStatus status, TermType type, boolean cs) {
        return new Term(text, lang, status, type, null, cs, List.of());
    }

    private static String capitalizeWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        boolean start = true;
        for (char c : s.toCharArray()) {
            sb.append(start ? Character.toUpperCase(c) : c);
            start = c == ' ';
        }
        return sb.toString();
    }
}
