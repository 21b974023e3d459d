package io.triglot.terms;

import io.triglot.lang.Language;
import io.triglot.model.Concept;
import io.triglot.model.Source;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TermType;
import io.triglot.model.Termbase;
import io.triglot.model.TranslationUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Proposals as a termbase to review: one concept per proposal, its terms with status {@code proposed}, each
 * with the two example units' sentences in its language as contexts (and their documents as sources), and
 * a note with the evidence. A proposal that is a new variant of a concept of the termbase keeps that
 * concept's id and carries only the new terms, so that {@code glossary merge} adds them to it.
 */
public final class CandidateTermbase {
    /** The language tags candidate terms are written with, as the seed glossary writes them. */
    private static final Map<Language, String> TAGS = Map.of(Language.EN, "en-US", Language.KO, "ko-KR", Language.JA, "ja-JP");

    private CandidateTermbase() {
    }

    /**
     * @param known the termbase the proposals were made against (for the terms a variant's concept has), or null
     */
    public static Termbase of(List<TermExtraction.Proposal> proposals, Termbase known, String title) {
        List<Concept> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        if (known != null) {
            known.concepts().forEach(c -> ids.add(c.id()));
        }
        int rank = 0;
        for (TermExtraction.Proposal p : proposals) {
            rank++;
            Concept existing = p.variantOf() == null || known == null ? null
                    : known.concepts().stream().filter(c -> c.id().equals(p.variantOf())).findFirst().orElse(null);
            List<Term> terms = new ArrayList<>();
            String[] texts = {p.en(), p.ko(), p.ja()};
            Language[] langs = {Language.EN, Language.KO, Language.JA};
            for (int i = 0; i < 3; i++) {
                if (texts[i] == null || (existing != null && TermExtraction.isTermOf(existing, langs[i], texts[i], true))) {
                    continue;
                }
                terms.add(new Term(texts[i], TAGS.get(langs[i]), TermStatus.PROPOSED, type(texts[i]), null,
                        false, contexts(p.examples(), langs[i])));
            }
            if (terms.isEmpty()) {
                continue;
            }
            String id;
            if (existing != null) {
                id = existing.id();
            } else {
                id = uniqueId("proposed-" + slug(p.en()), ids);
            }
            ids.add(id);
            out.add(new Concept(id, null, null, note(p, rank, existing), List.of(), terms));
        }
        return new Termbase(title, out);
    }

    private static String note(TermExtraction.Proposal p, int rank, Concept existing) {
        StringBuilder sb = new StringBuilder();
        if (existing != null) {
            sb.append("New variant of concept '").append(existing.id()).append("' found in the memory. ");
        }
        sb.append(String.format(Locale.ROOT, "Proposed by triglot terms extract: rank %d, score %.2f; the English in %d unit%s",
                rank, p.score(), p.frequency(), p.frequency() == 1 ? "" : "s"));
        if (p.documents() > 1) {
            sb.append(" of ").append(p.documents()).append(" documents");
        }
        if (p.ko() != null) {
            sb.append(String.format(Locale.ROOT, "; Korean linked in %d (Dice %.2f)", p.linksKo(), p.diceKo()));
        }
        if (p.ja() != null) {
            sb.append(String.format(Locale.ROOT, "; Japanese linked in %d (Dice %.2f)", p.linksJa(), p.diceJa()));
        }
        return sb.append('.').toString();
    }

    /** The example units' sentences in one language, as contexts with their documents. */
    private static List<Source> contexts(List<TranslationUnit> examples, Language lang) {
        List<Source> out = new ArrayList<>();
        for (TranslationUnit u : examples) {
            String text = TermExtraction.text(u, lang);
            if (text != null) {
                String doc = TermExtraction.document(u);
                out.add(new Source(doc.isEmpty() ? (u.tuid() == null ? "memory" : u.tuid()) : doc, text));
            }
        }
        return out;
    }

    /** An acronym (GSOMIA, TISA) by its form; any other proposal is a full form until a reviewer says otherwise. */
    static TermType type(String text) {
        String letters = text.replaceAll("[^\\p{L}]", "");
        return letters.length() >= 2 && letters.length() <= 8 && letters.chars().allMatch(c -> c < 0x80 && Character.isUpperCase(c))
                ? TermType.ACRONYM : TermType.FULL_FORM;
    }

    static String slug(String s) {
        String x = s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return x.isEmpty() ? "term" : x;
    }

    private static String uniqueId(String base, Set<String> taken) {
        String id = base;
        for (int n = 2; taken.contains(id); n++) {
            id = base + "-" + n;
        }
        return id;
    }
}
