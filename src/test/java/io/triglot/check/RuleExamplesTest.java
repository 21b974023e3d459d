package io.triglot.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.model.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule's own examples, run through the real checkers with the shipped glossary and house style: a
 * failing example must produce a finding of that rule (at the text the rule is about), a passing one none.
 */
class RuleExamplesTest {
    static Stream<Arguments> examples() {
        List<Arguments> out = new ArrayList<>();
        for (Rule r : Rule.values()) {
            for (Rule.Example e : r.examples()) {
                out.add(Arguments.of(r, e));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("examples")
    void ruleExample(Rule rule, Rule.Example example) {
        List<Finding> findings = run(example);
        List<Finding> ofRule = findings.stream().filter(f -> f.rule().equals(rule.id())).toList();
        if (example.fails()) {
            assertFalse(ofRule.isEmpty(), rule + " should fire on: " + example + "; got " + findings);
            for (Finding f : ofRule) {
                // a repeated mention a translation drops is information (see TERM_MISSING); the rest take the profile's
                boolean shortfall = rule == Rule.TERM_MISSING && f.severity() == io.triglot.model.Severity.INFO;
                assertTrue(shortfall || f.severity() == CheckFixture.shippedStyle().severity(rule), f.toString());
                assertFalse(f.message().isBlank());
                assertTrue(f.line() >= 1 && f.column() >= 1, f.toString());
            }
        } else {
            assertTrue(ofRule.isEmpty(), rule + " should not fire on: " + example + "; got " + ofRule);
        }
        assertTrue(rule.examples().stream().anyMatch(Rule.Example::fails) && rule.examples().stream().anyMatch(e -> !e.fails()),
                rule + " needs a failing and a passing example");
    }

    static List<Finding> run(Rule.Example e) {
        HouseStyle style = CheckFixture.shippedStyle();
        if (e.bilingual()) {
            BitextChecker c = new BitextChecker(CheckFixture.index(), style);
            CheckedText target = new CheckedText("target.txt", e.target(), e.targetLang());
            return c.check(new BitextChecker.SegmentPair(e.source(), e.lang(), e.target(), e.targetLang(), target, 0,
                    "target.txt", 0));
        }
        StyleChecker c = new StyleChecker(CheckFixture.index(), style);
        CheckedText doc = new CheckedText("example.txt", e.source(), e.lang());
        List<StyleChecker.Occurrence> occ = c.occurrences(doc);
        List<Finding> out = new ArrayList<>(c.check(doc, occ));
        out.addAll(c.variants(occ, false));
        return out;
    }
}
