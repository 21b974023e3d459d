package io.triglot.index;

import io.triglot.lang.Language;
import io.triglot.model.Concept;
import io.triglot.model.Term;

/**
 * A glossary term found in a text.
 *
 * @param start        offset of the first character (UTF-16 index into the text)
 * @param end          offset after the last character
 * @param surface      the text as written there
 * @param concept      the concept
 * @param term         the glossary term that matched
 * @param analyzedAs   the language analysis that found it
 * @param caseMismatch the term is case-sensitive and the text's case differs
 */
public record TermMatch(int start, int end, String surface, Concept concept, Term term, Language analyzedAs,
                        boolean caseMismatch) {

    /** Whether this match's span lies inside the other's and is shorter. */
    boolean strictlyInside(TermMatch o) {
        return o.start <= start && end <= o.end && (o.end - o.start) > (end - start);
    }
}
