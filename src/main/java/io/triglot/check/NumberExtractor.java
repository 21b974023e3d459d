package io.triglot.check;

import io.triglot.lang.Language;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers of a sentence as values, so that a source and its translation compare however each language
 * writes them: digits with thousands separators and decimals, English scale words (1.5 million) and
 * Korean and Japanese units (150만, 30億, 1조 2천억), percentages in any spelling (the value counts, not the
 * sign), English month names next to a day or year (23 November, Aug. 22 → 11 and 23, 8 and 22, as
 * 11월 23일 and 8月22日 give), and full-width digits. Number words (two, third, 두, 三) are "soft": they may
 * stand for a number the other side writes in digits, but a missing one is not reported.
 */
public final class NumberExtractor {
    /** A number found in a text: its value, where it is, and whether it was written in words. */
    public record Quantity(BigDecimal value, int start, int end, String surface, boolean soft, boolean datePart) {
        Quantity(BigDecimal value, int start, int end, String surface, boolean soft) {
            this(value, start, end, surface, soft, false);
        }

        /** The value as compared: plain decimal, no trailing zeros. */
        public String key() {
            return value.stripTrailingZeros().toPlainString();
        }
    }

    private static final Pattern EN_NUMBER = Pattern.compile(
            "(?<![\\p{L}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?(?:\\s*(thousand|million|billion|trillion)\\b|(bn|tn|m|k)\\b)?");
    private static final Pattern CJK_NUMBER = Pattern.compile(
            "(?<![\\p{IsLatin}\\d.,])(\\d{1,3}(?:,\\d{3})+|\\d+)(\\.\\d+)?((?:\\s?[천백십千百十]?[조억만兆億万])+|\\s?[천千](?![\\p{IsHangul}\\p{IsHan}]))?");
    private static final Pattern EN_MONTH = Pattern.compile(
            "\\b(January|February|March|April|May|June|July|August|September|October|November|December"
                    + "|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sep\\.|Sept\\.|Oct\\.|Nov\\.|Dec\\.)");
    private static final Pattern EN_ROMAN = Pattern.compile("(?<=\\p{Lu}\\p{L}{1,20} )(II|III|IV|VI|VII|VIII|IX|XI|XII)\\b");
    private static final Map<String, Integer> ROMAN = Map.of("II", 2, "III", 3, "IV", 4, "VI", 6, "VII", 7, "VIII", 8,
            "IX", 9, "XI", 11, "XII", 12);
    /** The indefinite article and its kin stand for one: a lap later = 1周後, an hour = 1시간, every minute = 1分おき. */
    private static final Pattern EN_ONE = Pattern.compile("(?i)\\b(?:a|an|another|single|once|each|every|per|top|topped"
            + "|monthly|weekly|daily|yearly|annual|annually|past|last|next)\\b");
    /** Clock times: 7.55am, 4.40 am, 3:35, 13:10 (hours and minutes, as 7시 55분 and 7時55分 give them). */
    private static final Pattern EN_TIME = Pattern.compile("(?i)(?<![\\d.,])(\\d{1,2})[.:](\\d{2})(?!\\d)(?=\\s*(?:a\\.?m\\.?|p\\.?m\\.?)"
            + "|(?<=\\d:\\d\\d))");
    private static final Pattern CJK_TIME = Pattern.compile("(?:오전|오후|午前|午後)\\s?(\\d{1,2})[.:](\\d{2})(?!\\d)");
    /** Numbers written inside words (SS19, HER2, WW1, G20): soft, as translations keep or expand them. */
    private static final Pattern EN_ALNUM = Pattern.compile("(?<=\\p{L})(\\d+)\\b|\\b(\\d+)(?=\\p{L}{2,})");
    /** Number words with a scale: six million, two decades. */
    private static final Pattern EN_WORD_SCALE = Pattern.compile("(?i)\\b([a-z]+)[\\s-]+(hundred|thousand|million|billion|decades?)\\b");
    private static final Pattern EN_WORD = Pattern.compile("\\b[A-Za-z]+(?:-[A-Za-z]+)?\\b");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));
    private static final Map<String, Integer> EN_WORDS = Map.ofEntries(Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7),
            Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11),
            Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15),
            Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19),
            Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50),
            Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90),
            Map.entry("hundred", 100), Map.entry("thousand", 1000), Map.entry("dozen", 12), Map.entry("first", 1),
            Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
            Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
            Map.entry("tenth", 10), Map.entry("twice", 2), Map.entry("double", 2), Map.entry("half", 2),
            Map.entry("thirds", 3), Map.entry("quarter", 4), Map.entry("quarters", 4), Map.entry("once", 1),
            Map.entry("both", 2), Map.entry("bilateral", 2), Map.entry("trilateral", 3), Map.entry("decade", 10),
            Map.entry("decades", 10), Map.entry("century", 100), Map.entry("triple", 3), Map.entry("midnight", 0),
            Map.entry("noon", 12), Map.entry("doubled", 2), Map.entry("doubling", 2), Map.entry("doubles", 2),
            Map.entry("tripled", 3), Map.entry("trio", 3), Map.entry("duo", 2), Map.entry("quarter-hour", 15),
            Map.entry("half-hour", 30), Map.entry("fortnight", 14), Map.entry("halved", 2));
    /** Korean native numerals before a space or a counter (두 나라, 세 차례, 열 다섯 마리), and 양 (both) in 양국, 양측. */
    private static final Pattern KO_WORD = Pattern.compile(
            "(?<![\\p{IsHangul}])(?:((?:열|스물|스무|서른|마흔|쉰|예순|일흔|여든|아흔)?\\s?(?:한|하나|두|둘|세|셋|네|넷|다섯|여섯|일곱|여덟|아홉)"
                    + "|열|스무|스물|서른|마흔|쉰|첫)(?=\\s|번|차례|개|명|가지|째|달|해|마리|살|시|곳|척|대|권|장|잔)|(양)(?=국|측))");
    private static final Map<String, Integer> KO_WORDS = Map.ofEntries(Map.entry("한", 1), Map.entry("하나", 1),
            Map.entry("첫", 1), Map.entry("두", 2), Map.entry("둘", 2), Map.entry("양", 2), Map.entry("세", 3),
            Map.entry("셋", 3), Map.entry("네", 4), Map.entry("넷", 4), Map.entry("다섯", 5), Map.entry("여섯", 6),
            Map.entry("일곱", 7), Map.entry("여덟", 8), Map.entry("아홉", 9), Map.entry("열", 10), Map.entry("스무", 20),
            Map.entry("스물", 20), Map.entry("서른", 30), Map.entry("마흔", 40), Map.entry("쉰", 50), Map.entry("예순", 60),
            Map.entry("일흔", 70), Map.entry("여든", 80), Map.entry("아흔", 90));
    private static final Pattern JA_WORD = Pattern.compile("[一二三四五六七八九十百千両]|(?<=時)半");
    private static final Map<Character, Integer> JA_WORDS = Map.ofEntries(Map.entry('一', 1), Map.entry('二', 2),
            Map.entry('三', 3), Map.entry('四', 4), Map.entry('五', 5), Map.entry('六', 6), Map.entry('七', 7),
            Map.entry('八', 8), Map.entry('九', 9), Map.entry('十', 10), Map.entry('百', 100), Map.entry('千', 1000),
            Map.entry('両', 2));

    /** Weekdays and relative dates, which Korean and Japanese news write as dates (Thursday → 22일, 22日). */
    private static final Pattern RELATIVE_DATE = Pattern.compile("(?i)\\b(?:monday|tuesday|wednesday|thursday|friday"
            + "|saturday|sunday|today|yesterday|tomorrow|tonight|weekend|(?:this|last|next|earlier this|later this)"
            + "\\s+(?:week|month|year))\\b");

    private NumberExtractor() {
    }

    /** A number one side has and the other does not: from the source ({@code inSource}) or the translation. */
    public record Mismatch(Quantity quantity, boolean inSource) {
    }

    /**
     * The numbers of a source and its translation that the other lacks, each value once: values written in
     * digits (or with a scale or unit) must be on both sides, where the other side may have them in digits or
     * in words; word numerals are never required. Dates a translation gives where an English source says
     * "Thursday" or "this month" are not reported.
     */
    public static List<Mismatch> compare(String source, Language sourceLang, String target, Language targetLang) {
        List<Quantity> src = extract(source, sourceLang);
        List<Quantity> tgt = extract(target, targetLang);
        java.util.Set<String> srcAll = new java.util.HashSet<>();
        java.util.Set<String> tgtAll = new java.util.HashSet<>();
        src.forEach(q -> srcAll.add(q.key()));
        tgt.forEach(q -> tgtAll.add(q.key()));
        List<Mismatch> out = new ArrayList<>();
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Quantity q : src) {
            if (!q.soft() && !tgtAll.contains(q.key()) && reported.add("s" + q.key())) {
                out.add(new Mismatch(q, true));
            }
        }
        boolean relative = sourceLang == Language.EN && datesRelatively(source);
        for (Quantity q : tgt) {
            if (q.datePart() && relative) {
                continue; // "on Thursday" is 22일 (목) in Korean news: a date the source gives as a weekday
            }
            if (!q.soft() && !srcAll.contains(q.key()) && reported.add("t" + q.key())) {
                out.add(new Mismatch(q, false));
            }
        }
        return out;
    }

    /** Whether an English text dates things relatively (on Thursday, this month), so dates in its translation may be new. */
    static boolean datesRelatively(String english) {
        return RELATIVE_DATE.matcher(english).find();
    }

    /** The numbers of a text, in order. */
    static List<Quantity> extract(String text, Language lang) {
        // NFKC keeps offsets for what matters here: full-width digits and signs become one ASCII character each
        String t = widthFold(text);
        List<Quantity> out = new ArrayList<>();
        if (lang == Language.EN) {
            english(t, text, out);
        } else {
            cjk(t, text, lang, out);
        }
        out.sort(java.util.Comparator.comparingInt(Quantity::start));
        return out;
    }

    private static void english(String t, String original, List<Quantity> out) {
        List<int[]> times = new ArrayList<>();
        Matcher tm = EN_TIME.matcher(t);
        while (tm.find()) {
            times.add(new int[] {tm.start(), tm.end()});
            out.add(new Quantity(new BigDecimal(tm.group(1)), tm.start(1), tm.end(1), tm.group(1), false));
            out.add(new Quantity(new BigDecimal(tm.group(2)), tm.start(2), tm.end(2), tm.group(2), false));
        }
        Matcher an = EN_ALNUM.matcher(t);
        while (an.find()) {
            int g = an.group(1) != null ? 1 : 2;
            out.add(new Quantity(new BigDecimal(an.group(g)), an.start(g), an.end(g), an.group(g), true));
        }
        Matcher ws = EN_WORD_SCALE.matcher(t);
        while (ws.find()) {
            Integer n = EN_WORDS.get(ws.group(1).toLowerCase(Locale.ROOT));
            if (n != null && n < 100) {
                long f = switch (ws.group(2).toLowerCase(Locale.ROOT)) {
                    case "hundred" -> 100;
                    case "thousand" -> 1_000;
                    case "million" -> 1_000_000;
                    case "billion" -> 1_000_000_000;
                    default -> 10;
                };
                out.add(new Quantity(BigDecimal.valueOf(n * f), ws.start(), ws.end(), original.substring(ws.start(), ws.end()), true));
            }
        }
        Matcher m = EN_NUMBER.matcher(t);
        while (m.find()) {
            final int at = m.start();
            if (times.stream().anyMatch(r -> r[0] <= at && at < r[1])) {
                continue;
            }
            BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            String scale = m.group(3) != null ? m.group(3) : m.group(4);
            if (scale != null) {
                v = v.multiply(switch (scale) {
                    case "thousand", "k" -> BigDecimal.valueOf(1_000);
                    case "million", "m" -> BigDecimal.valueOf(1_000_000);
                    case "billion", "bn" -> BigDecimal.valueOf(1_000_000_000);
                    default -> BigDecimal.valueOf(1_000_000_000_000L);
                });
            }
            out.add(new Quantity(v, m.start(), m.end(), original.substring(m.start(), m.end()), false));
        }
        // a month name stands for its number (23 November, Aug. 22 = 11월 23일, 8月22日), softly: Korean and
        // Japanese news often leave the current month out (22일), and a wrong month still shows as the
        // translation's extra number
        Matcher mo = EN_MONTH.matcher(t);
        while (mo.find()) {
            int month = MONTHS.get(mo.group(1).substring(0, 3).toLowerCase(Locale.ROOT));
            out.add(new Quantity(BigDecimal.valueOf(month), mo.start(), mo.end(), original.substring(mo.start(), mo.end()), true));
        }
        // World War II, Elizabeth II: Roman numerals after a capitalized word
        Matcher ro = EN_ROMAN.matcher(t);
        while (ro.find()) {
            out.add(new Quantity(BigDecimal.valueOf(ROMAN.get(ro.group(1))), ro.start(1), ro.end(1), ro.group(1), true));
        }
        // a year, another month, midnight (0시, 午前0時)
        Matcher one = EN_ONE.matcher(t);
        while (one.find()) {
            out.add(new Quantity(BigDecimal.ONE, one.start(), one.end(), original.substring(one.start(), one.end()), true));
        }
        Matcher w = EN_WORD.matcher(t);
        while (w.find()) {
            Integer whole = EN_WORDS.get(w.group().toLowerCase(Locale.ROOT));
            if (whole != null && w.group().contains("-")) {
                out.add(new Quantity(BigDecimal.valueOf(whole), w.start(), w.end(), original.substring(w.start(), w.end()), true));
                continue; // quarter-hour is 15, not a quarter and an hour
            }
            for (String part : w.group().toLowerCase(Locale.ROOT).split("-")) {
                Integer v = EN_WORDS.get(part);
                if (v != null) {
                    out.add(new Quantity(BigDecimal.valueOf(v), w.start(), w.end(), original.substring(w.start(), w.end()), true));
                }
            }
        }
    }

    private static void cjk(String t, String original, Language lang, List<Quantity> out) {
        // 오후 5.30, 午後5.30: a clock time written the English way
        Matcher ct = CJK_TIME.matcher(t);
        List<int[]> times = new ArrayList<>();
        while (ct.find()) {
            times.add(new int[] {ct.start(1), ct.end(2)});
            out.add(new Quantity(new BigDecimal(ct.group(1)), ct.start(1), ct.end(1), ct.group(1), false));
            out.add(new Quantity(new BigDecimal(ct.group(2)), ct.start(2), ct.end(2), ct.group(2), false));
        }
        Matcher m = CJK_NUMBER.matcher(t);
        int from = 0;
        while (from < t.length() && m.find(from)) {
            int start = m.start();
            if (times.stream().anyMatch(r -> r[0] <= start && start < r[1])) {
                from = m.end();
                continue;
            }
            BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            String units = m.group(3);
            int end = m.end();
            if (units != null && units.endsWith("조") && !amountFollows(t, end)) {
                // 조 is a trillion only in an amount (21조 원, 1조 2천억); 제21조 and 협정 21조 are articles
                units = units.substring(0, units.length() - 1).isBlank() ? null : units.substring(0, units.length() - 1);
                end = m.end() - 1;
            }
            if (units != null) {
                v = v.multiply(multiplier(units.replace(" ", "")));
            }
            // 1조 2천억, 3億5000万: a following number with a smaller unit is part of the same amount
            Matcher next = CJK_NUMBER.matcher(t);
            while (units != null && next.find(end) && next.start() <= end + 1 && next.group(3) != null
                    && multiplier(next.group(3).replace(" ", "")).compareTo(multiplier(units.replace(" ", ""))) < 0) {
                v = v.add(new BigDecimal(next.group(1).replace(",", "") + (next.group(2) == null ? "" : next.group(2)))
                        .multiply(multiplier(next.group(3).replace(" ", ""))));
                units = next.group(3);
                end = next.end();
            }
            boolean date = units == null && t.substring(end).matches("(?s)\\s?[일월년日月年].*");
            out.add(new Quantity(v, start, end, original.substring(start, end), false, date));
            from = Math.max(end, start + 1);
        }
        if (lang == Language.KO) {
            Matcher w = KO_WORD.matcher(t);
            while (w.find()) {
                String word = w.group(1) != null ? w.group(1) : w.group(2);
                int value = 0;
                for (String part : splitKoreanNumeral(word.replace(" ", ""))) {
                    value += KO_WORDS.get(part);
                }
                out.add(new Quantity(BigDecimal.valueOf(value), w.start(), w.end(), word, true));
            }
        } else {
            Matcher w = JA_WORD.matcher(t);
            while (w.find()) {
                int value = w.group().equals("半") ? 30 : JA_WORDS.get(w.group().charAt(0));
                out.add(new Quantity(BigDecimal.valueOf(value), w.start(), w.end(), w.group(), true));
            }
        }
    }

    /** 열다섯 → 열, 다섯; 스물한 → 스물, 한. */
    private static List<String> splitKoreanNumeral(String word) {
        for (String tens : List.of("열", "스물", "스무", "서른", "마흔", "쉰", "예순", "일흔", "여든", "아흔")) {
            if (word.startsWith(tens) && word.length() > tens.length()) {
                return List.of(tens, word.substring(tens.length()));
            }
        }
        return List.of(word);
    }

    /** Whether a currency or a further part of an amount follows: 원, 달러, 엔, or 2천억 after 1조. */
    private static boolean amountFollows(String t, int end) {
        return t.substring(end).matches("(?s)\\s?(?:원|달러|엔|위안|유로|파운드|\\d+\\s?[천백십]?[억만]).*");
    }

    /** 만 → 10⁴, 천억 → 10¹¹, 億 → 10⁸, 兆 → 10¹². */
    private static BigDecimal multiplier(String units) {
        BigDecimal v = BigDecimal.ONE;
        for (char c : units.toCharArray()) {
            long f = switch (c) {
                case '십', '十' -> 10;
                case '백', '百' -> 100;
                case '천', '千' -> 1_000;
                case '만', '万' -> 10_000;
                case '억', '億' -> 100_000_000;
                case '조', '兆' -> 1_000_000_000_000L;
                default -> 1;
            };
            v = v.multiply(BigDecimal.valueOf(f));
        }
        return v;
    }

    /** Full-width digits, signs and Latin to ASCII, one character for one, so offsets stay valid. */
    static String widthFold(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= '\uFF01' && c <= '\uFF5E') {
                sb.append((char) (c - 0xFEE0));
            } else if (c == '\u3000') {
                sb.append(' ');
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
