package io.triglot.check;

import io.triglot.index.TermIndex;
import io.triglot.index.TermMatch;
import io.triglot.index.TermMatcher;
import io.triglot.lang.Language;
import io.triglot.model.Concept;
import io.triglot.model.Finding;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The bilingual rules, after LanguageTool's {@code BitextRule.match(source, target)}: for one source segment
 * and its translation, concepts the source names that the translation lacks an approved term for (per
 * occurrence), forbidden terms in the translation, and numbers, amounts and dates that differ.
 */
public final class BitextChecker {
    private final TermMatcher matcher;
    private final HouseStyle style;
    private final Map<Language, CountryAbbreviations> abbreviations = new java.util.EnumMap<>(Language.class);
    private final List<Concept> concepts;
    private final Map<String, Map<String, Set<String>>> approvedKeys = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<String>> containedCache = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * A source segment and its translation. Findings are placed in the target: at the exact place when the
     * target is a {@link CheckedText} ({@code targetStart} is the segment's offset in it), else at
     * {@code file:line} (a TMX unit).
     */
    public record SegmentPair(String source, Language sourceLang, String target, Language targetLang,
                              CheckedText targetDoc, int targetStart, String file, int line) {
    }

    public BitextChecker(TermIndex index, HouseStyle style) {
        this.matcher = new TermMatcher(index);
        this.style = style;
        this.concepts = index.termbase().concepts();
        abbreviations.put(Language.KO, CountryAbbreviations.of(Language.KO, concepts));
        abbreviations.put(Language.JA, CountryAbbreviations.of(Language.JA, concepts));
    }

    /** All bilingual findings of one segment pair. */
    public List<Finding> check(SegmentPair p) {
        List<Finding> out = new ArrayList<>();
        // case-sensitive terms in their case only ("us" is not the US), one concept per span where one is exact
        List<TermMatch> source = Matches.preferExact(matcher.find(p.source(),
                new TermMatcher.Options(EnumSet.of(p.sourceLang()), false, false)));
        // in the target, terms inside longer terms count too: 문재인 정부 names 문재인
        List<TermMatch> target = Matches.preferExact(matcher.find(p.target(),
                new TermMatcher.Options(EnumSet.of(p.targetLang()), false, false, true)));
        if (style.enabled(Rule.FORBIDDEN_TERM)) {
            for (TermMatch m : target) {
                Concept c = style.adjust(m.concept());
                Term t = c.terms().get(Matches.ordinal(m));
                if (t.status() == TermStatus.FORBIDDEN) {
                    String fix = c.replacementFor(t).map(Term::text).orElse(null);
                    out.add(at(p, m.start(), m.end(), Rule.FORBIDDEN_TERM,
                            String.format("forbidden term \"%s\" (%s)%s%s", t.text(), c.id(),
                                    fix == null ? "" : "; use \"" + fix + "\"", t.usageNote() == null ? "" : ": " + t.usageNote()),
                            fix, c.id()));
                }
            }
        }
        if (style.enabled(Rule.TERM_MISSING)) {
            out.addAll(missingTerms(p, source, target));
        }
        if (style.enabled(Rule.NUMBER_MISMATCH)) {
            out.addAll(numbers(p));
        }
        return out;
    }

    /**
     * {@link Rule#TERM_MISSING}: per concept, mentions in the source against mentions by an approved term in
     * the target. A full form with its acronym in brackets right after it ("… Agreement (GSOMIA)",
     * "한일 군사정보보호협정(GSOMIA·지소미아)") is one mention.
     */
    private List<Finding> missingTerms(SegmentPair p, List<TermMatch> source, List<TermMatch> target) {
        Map<String, List<TermMatch>> src = mentions(p.source(), Matches.unambiguous(source));
        Map<String, List<TermMatch>> approved = new LinkedHashMap<>();
        Map<String, Set<String>> discouraged = new LinkedHashMap<>();
        List<TermMatch> approvedMatches = new ArrayList<>();
        for (TermMatch m : target) {
            Concept c = style.adjust(m.concept());
            Term t = c.terms().get(Matches.ordinal(m));
            if (t.status().discouraged()) {
                discouraged.computeIfAbsent(c.id(), k -> new LinkedHashSet<>()).add(m.surface());
            } else {
                approvedMatches.add(m);
            }
        }
        approved.putAll(mentions(p.target(), approvedMatches));
        // a term that contains another concept's term names that concept too: ホワイト国除外 names ホワイト国
        // (the glossary's user dictionary makes it one token, so the shorter term is never matched on its own)
        for (TermMatch m : approvedMatches) {
            for (String id : contained(m.term())) {
                if (!id.equals(m.concept().id())) {
                    approved.computeIfAbsent(id, k -> new ArrayList<>()).add(m);
                }
            }
        }
        CountryAbbreviations abbr = abbreviations.get(p.targetLang());
        if (abbr != null) {
            for (CountryAbbreviations.Mention a : abbr.find(p.target())) {
                approved.computeIfAbsent(a.concept().id(), k -> new ArrayList<>()).add(null); // 한미일: one each
            }
        }
        List<Finding> out = new ArrayList<>();
        for (Map.Entry<String, List<TermMatch>> e : src.entrySet()) {
            String id = e.getKey();
            if (style.optionalInTranslation(id)) {
                continue;
            }
            int have = approved.getOrDefault(id, List.of()).size();
            int need = e.getValue().size();
            Concept c = style.adjust(e.getValue().get(0).concept());
            List<String> wanted = new ArrayList<>();
            for (Term t : c.termsIn(p.targetLang().code())) {
                if (t.status() == TermStatus.PREFERRED) {
                    wanted.add(t.text());
                }
            }
            if (wanted.isEmpty()) {
                continue; // the termbase has no approved term in the target language to ask for
            }
            boolean targetHasShortForm = c.termsIn(p.targetLang().code()).stream()
                    .anyMatch(t -> t.type() == io.triglot.model.TermType.SHORT_FORM && !t.status().discouraged());
            for (int k = have; k < need; k++) {
                TermMatch s = e.getValue().get(k);
                if (s.term().type() == io.triglot.model.TermType.SHORT_FORM && !targetHasShortForm) {
                    continue; // "Suga" may be 菅氏 or 스가 장관: the termbase gives no short form to ask for
                }
                StringBuilder msg = new StringBuilder(String.format("\"%s\" (%s) in the source", s.surface(), id));
                msg.append(need > 1 ? String.format(", mention %d of %d,", k + 1, need) : "");
                msg.append(String.format(" has no approved %s term in the translation; expected %s", p.targetLang().code(),
                        String.join(" or ", wanted.stream().map(w -> "\"" + w + "\"").toList())));
                Set<String> bad = discouraged.get(id);
                if (bad != null) {
                    msg.append(String.format(" (the translation has %s)", String.join(", ",
                            bad.stream().map(b -> "\"" + b + "\", which is " + statusOf(c, b, p.targetLang())).toList())));
                }
                Finding f = atSegment(p, s.surface(), Rule.TERM_MISSING, msg.toString(), wanted.get(0), id);
                if (have > 0 && f.severity().atLeast(io.triglot.model.Severity.INFO)) {
                    // the concept is there, fewer times: Korean and Japanese drop a repeated subject or name
                    // where English repeats it, so a shortfall is information, not a warning
                    f = f.withSeverity(io.triglot.model.Severity.INFO);
                }
                out.add(f);
            }
        }
        return out;
    }

    /** Ids of the concepts whose approved terms of the same language are inside this term's text. */
    private Set<String> contained(Term t) {
        return containedCache.computeIfAbsent(t.lang() + '\u0000' + t.text(), k -> {
            Map<String, Set<String>> keys = approvedKeys.computeIfAbsent(t.language(), this::approvedKeys);
            String key = io.triglot.lang.TextNormalizer.compactKey(t.text(), true);
            Set<String> out = new LinkedHashSet<>();
            for (int i = 0; i < key.length(); i++) {
                for (int j = i + 1; j <= key.length(); j++) {
                    if (i == 0 && j == key.length()) {
                        continue;
                    }
                    Set<String> ids = keys.get(key.substring(i, j));
                    if (ids != null) {
                        out.addAll(ids);
                    }
                }
            }
            return out;
        });
    }

    /** Compact keys of the approved terms of a language, of two characters or more, to the concepts that have them. */
    private Map<String, Set<String>> approvedKeys(String language) {
        Map<String, Set<String>> out = new java.util.HashMap<>();
        for (Concept c : concepts) {
            for (Term t : style.adjust(c).termsIn(language)) {
                String key = io.triglot.lang.TextNormalizer.compactKey(t.text(), true);
                if (!t.status().discouraged() && key.length() >= 2) {
                    out.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(c.id());
                }
            }
        }
        return out;
    }

    private static String statusOf(Concept c, String surface, Language lang) {
        for (Term t : c.termsIn(lang.code())) {
            if (t.text().equals(surface)) {
                return t.status().code();
            }
        }
        return "not approved";
    }

    /** Matches grouped by concept, a full form with its bracketed acronym counted once. */
    private static Map<String, List<TermMatch>> mentions(String text, List<TermMatch> matches) {
        Map<String, List<TermMatch>> out = new LinkedHashMap<>();
        for (TermMatch m : matches) {
            List<TermMatch> list = out.computeIfAbsent(m.concept().id(), k -> new ArrayList<>());
            if (!list.isEmpty() && bracketed(text, list.get(list.size() - 1), m)) {
                continue;
            }
            list.add(m);
        }
        return out;
    }

    /** "X (Y" or "X(Y·": the second match opens a bracket right after the first. */
    private static boolean bracketed(String text, TermMatch a, TermMatch b) {
        if (b.start() < a.end()) {
            return true; // overlapping matches of one concept are one mention
        }
        String between = text.substring(a.end(), b.start()).replace(" ", "");
        return between.equals("(") || between.equals("（") || between.equals("(\"") || between.matches("[(（][^)）]{0,20}[·・,、/]");
    }

    /** {@link Rule#NUMBER_MISMATCH}: values on one side only; word numerals may stand in but are not required. */
    private List<Finding> numbers(SegmentPair p) {
        List<Finding> out = new ArrayList<>();
        for (NumberExtractor.Mismatch m : NumberExtractor.compare(p.source(), p.sourceLang(), p.target(), p.targetLang())) {
            NumberExtractor.Quantity q = m.quantity();
            if (m.inSource()) {
                out.add(atSegment(p, q.surface(), Rule.NUMBER_MISMATCH,
                        String.format("the source has \"%s\" (%s), the translation does not", q.surface(), q.key()),
                        null, null));
            } else {
                out.add(at(p, q.start(), q.end(), Rule.NUMBER_MISMATCH,
                        String.format("the translation has \"%s\" (%s), the source does not", q.surface(), q.key()),
                        null, null));
            }
        }
        return out;
    }

    /** A finding at {@code [start, end)} of the target segment. */
    private Finding at(SegmentPair p, int start, int end, Rule rule, String message, String suggestion, String concept) {
        String text = p.target().substring(start, end);
        if (p.targetDoc() != null) {
            CheckedText.Position a = p.targetDoc().position(p.targetStart() + start);
            CheckedText.Position b = p.targetDoc().position(p.targetStart() + end);
            return new Finding(p.file(), a.line(), a.column(), b.line(), b.column(), rule.id(), style.severity(rule),
                    text, message, suggestion, concept);
        }
        return new Finding(p.file(), p.line(), 1, p.line(), 1, rule.id(), style.severity(rule), text, message, suggestion, concept);
    }

    /** A finding about the target segment as a whole (what it lacks): placed at its start, empty span. */
    private Finding atSegment(SegmentPair p, String sourceText, Rule rule, String message, String suggestion, String concept) {
        if (p.targetDoc() != null) {
            CheckedText.Position a = p.targetDoc().position(p.targetStart());
            return new Finding(p.file(), a.line(), a.column(), a.line(), a.column(), rule.id(), style.severity(rule),
                    sourceText, message, suggestion, concept);
        }
        return new Finding(p.file(), p.line(), 1, p.line(), 1, rule.id(), style.severity(rule), sourceText, message,
                suggestion, concept);
    }
}
