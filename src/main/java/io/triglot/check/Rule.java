package io.triglot.check;

import io.triglot.lang.Language;
import io.triglot.model.Severity;
import java.util.List;

/**
 * The rules {@code triglot check} runs, each with a stable id (the constant's name), a default severity,
 * a description for people and SARIF, and its own examples: a text that must pass and one that must fail
 * under the shipped glossary and house style (one parameterized test runs them all).
 */
public enum Rule {
    DEPRECATED_TERM(Severity.WARNING, false, "Deprecated term",
            "A term the termbase marks deprecated for its concept; the finding names the preferred term.",
            List.of(Example.fails(Language.EN, "Seoul pulls out of the Gsomia pact with Tokyo."),
                    Example.passes(Language.EN, "Seoul pulls out of the GSOMIA pact with Tokyo."),
                    Example.fails(Language.JA, "従軍慰安婦問題で合意した。"),
                    Example.passes(Language.JA, "慰安婦問題で合意した。"))),
    FORBIDDEN_TERM(Severity.ERROR, false, "Forbidden term",
            "A term the termbase forbids (offensive, or wrong on its facts); the finding names the preferred term. "
                    + "Bilingual checks report it in the translation.",
            List.of(Example.fails(Language.KO, "정부는 종군위안부 문제를 논의했다."),
                    Example.passes(Language.KO, "정부는 일본군 위안부 문제를 논의했다."))),
    VARIANT_INCONSISTENCY(Severity.WARNING, false, "Inconsistent variants",
            "Two competing terms of one concept in one document (or, with --across, in the files checked "
                    + "together): two spellings of a name, an acronym in two casings, an agreement under two names, "
                    + "one term written with and without spaces. Each occurrence of the less used form is reported, "
                    + "with the form to use: the preferred term if it is among them, else the most used one.",
            List.of(Example.fails(Language.EN, "Japan removed Korea from its white list. The whitelist has 26 countries."),
                    Example.passes(Language.EN, "Japan removed Korea from its white list. The white list has 26 countries."),
                    Example.fails(Language.KO, "한국은 한일 군사정보보호협정을 종료했다. 한일군사정보보호협정은 2016년 체결됐다."),
                    Example.passes(Language.KO, "한국은 한일 군사정보보호협정을 종료했다. 한일 군사정보보호협정은 2016년 체결됐다."),
                    Example.fails(Language.EN, "U.S. troops stay in Korea. The US pays part of the cost."),
                    Example.passes(Language.EN, "The General Security of Military Information Agreement (GSOMIA) expired. GSOMIA was signed in 2016."))),
    ACRONYM_FIRST_USE(Severity.WARNING, false, "Acronym before its spelled-out form",
            "An acronym used in the body of a document before, or without, its spelled-out form, for the "
                    + "concepts the house style lists; headlines are exempt.",
            List.of(Example.fails(Language.EN,
                            "Seoul may leave GSOMIA soon. The General Security of Military Information Agreement expires on Saturday."),
                    Example.passes(Language.EN,
                            "Seoul may leave the General Security of Military Information Agreement (GSOMIA). GSOMIA expires on Saturday."))),
    CASING(Severity.WARNING, false, "Wrong case",
            "A case-sensitive term (an acronym, a name of several words) written in another case.",
            List.of(Example.fails(Language.EN, "Seoul may leave the gsomia pact with Tokyo."),
                    Example.passes(Language.EN, "Seoul may leave the GSOMIA pact with Tokyo."))),
    SPELLING_VARIETY(Severity.WARNING, false, "Spelling variety",
            "British spelling in an American house style, or the other way round (labour/labor, "
                    + "defence/defense, -ise/-ize), in words of termbase terms (or in every word, as the profile says).",
            List.of(Example.fails(Language.EN, "The Defence Ministry in Seoul said so on Friday."),
                    Example.passes(Language.EN, "The Defense Ministry in Seoul said so on Friday."))),
    TERM_MISSING(Severity.WARNING, true, "Term missing in the translation",
            "A concept the source segment names has fewer occurrences of an approved (preferred or admitted) term "
                    + "in the target segment than in the source: one finding per missing occurrence.",
            List.of(Example.bitextFails("Seoul decided to end GSOMIA on Thursday.", Language.KO, "한국은 목요일 협정 종료를 결정했다."),
                    Example.bitextPasses("Seoul decided to end GSOMIA on Thursday.", Language.KO, "한국은 목요일 지소미아 종료를 결정했다."),
                    Example.bitextFails("Japan removed Korea from its white list.", Language.JA, "日本は韓国を優遇対象から除外した。"),
                    Example.bitextPasses("Japan removed Korea from its white list.", Language.JA, "日本は韓国をホワイト国から除外した。"))),
    NUMBER_MISMATCH(Severity.ERROR, true, "Numbers differ",
            "A number, percentage, amount or date of the source that the target segment does not have, or one "
                    + "the target has that the source does not (23 November = 11월 23일 = 11月23日; "
                    + "55.4 percent = 55.4% = 55.4％; 1.5 million = 150만 = 150万).",
            List.of(Example.bitextFails("Exports fell 55.4 percent on 23 November.", Language.KO, "11월 23일 수출이 54.4% 감소했다."),
                    Example.bitextPasses("Exports fell 55.4 percent on 23 November.", Language.KO, "11월 23일 수출이 55.4% 감소했다."),
                    Example.bitextFails("The notice came on Aug. 22, 2019.", Language.JA, "通告は2019年8月23日だった。"),
                    Example.bitextPasses("The notice came on Aug. 22, 2019.", Language.JA, "通告は2019年8月22日だった。")));

    private final Severity defaultSeverity;
    private final boolean bilingual;
    private final String title;
    private final String description;
    private final List<Example> examples;

    Rule(Severity defaultSeverity, boolean bilingual, String title, String description, List<Example> examples) {
        this.defaultSeverity = defaultSeverity;
        this.bilingual = bilingual;
        this.title = title;
        this.description = description;
        this.examples = examples;
    }

    public String id() {
        return name();
    }

    public Severity defaultSeverity() {
        return defaultSeverity;
    }

    /** Whether the rule compares a source with its translation. */
    public boolean bilingual() {
        return bilingual;
    }

    public String title() {
        return title;
    }

    public String description() {
        return description;
    }

    public List<Example> examples() {
        return examples;
    }

    /**
     * Parses a rule id (any case, {@code -} for {@code _}).
     *
     * @throws IllegalArgumentException naming the rules
     */
    public static Rule parse(String s) {
        String v = s.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        for (Rule r : values()) {
            if (r.name().equals(v)) {
                return r;
            }
        }
        throw new IllegalArgumentException("unknown rule '" + s.trim() + "' (expected one of "
                + String.join(", ", java.util.Arrays.stream(values()).map(Rule::name).toList()) + ")");
    }

    /**
     * A text the rule must pass or fail: monolingual ({@code source} in {@code lang}), or bilingual (an English
     * source and its translation in {@code targetLang}).
     */
    public record Example(boolean fails, Language lang, String source, Language targetLang, String target) {
        static Example fails(Language lang, String text) {
            return new Example(true, lang, text, null, null);
        }

        static Example passes(Language lang, String text) {
            return new Example(false, lang, text, null, null);
        }

        static Example bitextFails(String source, Language targetLang, String target) {
            return new Example(true, Language.EN, source, targetLang, target);
        }

        static Example bitextPasses(String source, Language targetLang, String target) {
            return new Example(false, Language.EN, source, targetLang, target);
        }

        public boolean bilingual() {
            return target != null;
        }
    }
}
