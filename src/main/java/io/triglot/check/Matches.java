package io.triglot.check;

import io.triglot.index.TermMatch;
import io.triglot.lang.TextNormalizer;
import java.util.ArrayList;
import java.util.List;

/** Choices the checks make among the lookup's matches where several concepts claim one span. */
final class Matches {
    private Matches() {
    }

    /**
     * Of matches of several concepts on one span, those whose term is written as the text is (forced labour is
     * the practice, though its stem also finds forced labourers, the people), if any.
     */
    static List<TermMatch> preferExact(List<TermMatch> matches) {
        List<TermMatch> out = new ArrayList<>();
        for (TermMatch m : matches) {
            boolean beaten = false;
            if (!exact(m)) {
                for (TermMatch o : matches) {
                    if (o != m && o.start() == m.start() && o.end() == m.end() && exact(o)) {
                        beaten = true;
                        break;
                    }
                }
            }
            if (!beaten) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * The matches whose span no other concept claims: "Foreign Minister" is Japan's or Korea's, and which one
     * a translation must name cannot be told from the words alone.
     */
    static List<TermMatch> unambiguous(List<TermMatch> matches) {
        List<TermMatch> out = new ArrayList<>();
        for (TermMatch m : matches) {
            boolean shared = false;
            for (TermMatch o : matches) {
                if (o != m && o.start() == m.start() && o.end() == m.end() && !o.concept().id().equals(m.concept().id())) {
                    shared = true;
                    break;
                }
            }
            if (!shared) {
                out.add(m);
            }
        }
        return out;
    }

    /** The position of the matched term in its concept (the same instance: the matcher caches concepts). */
    static int ordinal(TermMatch m) {
        List<io.triglot.model.Term> terms = m.concept().terms();
        for (int i = 0; i < terms.size(); i++) {
            if (terms.get(i) == m.term()) {
                return i;
            }
        }
        return terms.indexOf(m.term());
    }

    static boolean exact(TermMatch m) {
        return TextNormalizer.fold(m.surface(), true).equals(TextNormalizer.fold(m.term().text(), true));
    }
}
