package io.triglot.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.io.InputException;
import io.triglot.lang.Language;
import io.triglot.model.Finding;
import io.triglot.model.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The house-style profile: the shipped file, bad files, and what each setting changes in real checks. */
class HouseStyleTest {
    @TempDir
    Path tmp;

    static List<Finding> check(HouseStyle style, Language lang, String text) {
        StyleChecker c = new StyleChecker(CheckFixture.index(), style);
        CheckedText doc = new CheckedText("t.txt", text, lang);
        List<StyleChecker.Occurrence> occ = c.occurrences(doc);
        List<Finding> out = new ArrayList<>(c.check(doc, occ));
        out.addAll(c.variants(occ, false));
        return out;
    }

    HouseStyle style(String toml) {
        Path f = TestFiles.write(tmp, "style.toml", toml);
        HouseStyle.Parsed p = HouseStyle.read(f);
        p.style().validate(CheckFixture.index().termbase(), p.text());
        return p.style();
    }

    @Test
    void shippedProfileReadsAndValidates() {
        HouseStyle s = CheckFixture.shippedStyle();
        assertEquals(HouseStyle.Variety.AMERICAN, s.variety());
        assertTrue(s.spellOutFirst("gsomia"));
        assertFalse(s.spellOutFirst("wto"));
        assertTrue(s.optionalInTranslation("seoul"));
        assertEquals(Severity.ERROR, s.severity(Rule.FORBIDDEN_TERM));
    }

    @Test
    void badTomlNamesTheLine() {
        Path f = TestFiles.write(tmp, "bad.toml", "spelling = \"american\"\n\n[severity\nCASING = \"info\"\n");
        InputException e = assertThrows(InputException.class, () -> HouseStyle.read(f));
        assertEquals(3, e.line(), e.describe());
        assertTrue(e.describe().startsWith(f + ":3: not valid TOML"), e.describe());
    }

    @Test
    void unknownKeysRulesAndConceptsAreErrorsWithTheirLine() {
        Path f1 = TestFiles.write(tmp, "a.toml", "spelling = \"american\"\nspeling-scope = \"all\"\n");
        assertEquals(2, assertThrows(InputException.class, () -> HouseStyle.read(f1)).line());
        Path f2 = TestFiles.write(tmp, "b.toml", "[severity]\nDEPRECATED = \"error\"\n");
        InputException e2 = assertThrows(InputException.class, () -> HouseStyle.read(f2));
        assertTrue(e2.getMessage().contains("unknown rule 'DEPRECATED'"), e2.getMessage());
        Path f3 = TestFiles.write(tmp, "c.toml", "spelling = \"canadian\"\n");
        assertTrue(assertThrows(InputException.class, () -> HouseStyle.read(f3)).getMessage().contains("american, british or oxford"));
        InputException e4 = assertThrows(InputException.class, () -> style("[acronyms]\nspell-out-first = [\n  \"gsomia\",\n  \"gsomla\"]\n"));
        assertEquals(4, e4.line());
        InputException e5 = assertThrows(InputException.class, () -> style("[prefer]\n\"forced-labor\" = { ko = \"강제노동\" }\n"));
        assertTrue(e5.getMessage().contains("has no ko term '강제노동'"), e5.getMessage());
    }

    @Test
    void preferredChoiceDeprecatesTheTermbasePreferredTerm() {
        String text = "정부는 강제징용 문제를 논의했다.";
        assertTrue(check(HouseStyle.defaults(), Language.KO, text).isEmpty());
        List<Finding> f = check(style("[prefer]\n\"forced-labor\" = { ko = \"강제동원\" }\n"), Language.KO, text);
        assertEquals(1, f.size(), f.toString());
        assertEquals("DEPRECATED_TERM", f.get(0).rule());
        assertEquals("강제징용", f.get(0).text());
        assertEquals("강제동원", f.get(0).suggestion());
    }

    @Test
    void spellingVarietyFollowsTheProfile() {
        String british = "Victims of forced Korean labourers met the defence chief.";
        String american = "Victims of forced Korean laborers met the defense chief.";
        assertEquals(List.of("laborers", "defense"), suggestions(check(HouseStyle.defaults(), Language.EN, british), "SPELLING_VARIETY"));
        assertTrue(suggestions(check(HouseStyle.defaults(), Language.EN, american), "SPELLING_VARIETY").isEmpty());
        HouseStyle uk = style("spelling = \"british\"\n");
        assertEquals(List.of("labourers", "defence"), suggestions(check(uk, Language.EN, american), "SPELLING_VARIETY"));
        // Oxford spelling: British -our and -ence, American -ize
        HouseStyle oxford = style("spelling = \"oxford\"\nspelling-scope = \"all\"\n");
        assertEquals(List.of("labourers"), suggestions(check(oxford, Language.EN, "Korean laborers organized."), "SPELLING_VARIETY"));
        assertEquals(List.of("organized"), suggestions(check(oxford, Language.EN, "Korean labourers organised."), "SPELLING_VARIETY"));
    }

    @Test
    void deprecatedSpellingIsReportedOnceWithItsOwnRule() {
        List<Finding> f = check(HouseStyle.defaults(), Language.EN, "The denuclearisation talks stalled.");
        assertEquals(List.of("DEPRECATED_TERM"), f.stream().map(Finding::rule).toList());
        assertEquals("denuclearization", f.get(0).suggestion());
    }

    @Test
    void spellingScopeTermsLeavesOtherWordsAlone() {
        String text = "The neighbours organised a programme.";
        assertTrue(suggestions(check(HouseStyle.defaults(), Language.EN, text), "SPELLING_VARIETY").isEmpty());
        assertEquals(List.of("neighbors", "organized", "program"),
                suggestions(check(style("spelling-scope = \"all\"\n"), Language.EN, text), "SPELLING_VARIETY"));
    }

    @Test
    void disabledRulesAndSeveritiesApply() {
        String text = "Seoul pulls out of the Gsomia pact.";
        assertEquals(Severity.WARNING, check(HouseStyle.defaults(), Language.EN, text).get(0).severity());
        assertEquals(Severity.ERROR, check(style("[severity]\nDEPRECATED_TERM = \"error\"\n"), Language.EN, text).get(0).severity());
        assertTrue(check(style("disabled = [\"DEPRECATED_TERM\"]\n"), Language.EN, text).isEmpty());
    }

    @Test
    void acronymListAndHeadlineExemption() {
        String text = "GSOMIA survives\n\nSeoul kept GSOMIA alive. The General Security of Military Information Agreement (GSOMIA) was signed in 2016.\n";
        List<Finding> f = check(CheckFixture.shippedStyle(), Language.EN, text);
        List<Finding> acr = f.stream().filter(x -> x.rule().equals("ACRONYM_FIRST_USE")).toList();
        assertEquals(1, acr.size(), f.toString());
        assertEquals(3, acr.get(0).line(), "the headline is exempt, the body's first GSOMIA is not");
        assertEquals(12, acr.get(0).column());
        assertEquals("General Security of Military Information Agreement (GSOMIA)", acr.get(0).suggestion());
        assertTrue(check(style("[acronyms]\nspell-out-first = []\n"), Language.EN, text).stream().noneMatch(x -> x.rule().equals("ACRONYM_FIRST_USE")));
        assertEquals(2, check(style("[acronyms]\nspell-out-first = [\"gsomia\"]\nheadline-exempt = false\n"), Language.EN, text).stream()
                .filter(x -> x.rule().equals("ACRONYM_FIRST_USE")).findFirst().map(x -> x.line() == 1 ? 2 : 0).orElse(0));
    }

    static List<String> suggestions(List<Finding> f, String rule) {
        return f.stream().filter(x -> x.rule().equals(rule)).map(Finding::suggestion).toList();
    }
}
