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
        return preferExact(matches, TermMatch::start, TermMatch::end, m -> exact(m.surface(), m.term()));
    }

    /** {@link #preferExact(List)} for anything with a span and a test of exactness. */
    static <T> List<T> preferExact(List<T> matches, java.util.function.ToIntFunction<T> start,
                                   java.util.function.ToIntFunction<T> end, java.util.function.Predicate<T> exact) {
        List<T> out = new ArrayList<>();
        for (T m : matches) {
            boolean beaten = false;
            if (!exact.test(m)) {
                for (T o : matches) {
                    if (o != m && start.applyAsInt(o) == start.applyAsInt(m) && end.applyAsInt(o) == end.applyAsInt(m)
                            && exact.test(o)) {
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

    /** Whether the text is the term as written, but for case and width. */
    static boolean exact(String surface, io.triglot.model.Term term) {
        return TextNormalizer.fold(surface, true).equals(TextNormalizer.fold(term.text(), true));
    }
}
