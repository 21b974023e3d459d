package io.triglot.align;

import io.triglot.index.TermIndex;
import io.triglot.index.TermMatch;
import io.triglot.index.TermMatcher;
import io.triglot.lang.Language;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;

/** Glossary concepts in a sentence, through the term index: the concept anchor of the aligner. */
public final class ConceptAnchors {
    private ConceptAnchors() {
    }

    /**
     * A function from a sentence of {@code lang} to the ids of the glossary concepts it mentions (read with
     * that language's analysis, and English for Latin acronyms in Korean or Japanese text).
     */
    public static Function<String, Set<String>> of(TermIndex index, Language lang) {
        TermMatcher matcher = new TermMatcher(index);
        Set<Language> langs = lang == Language.EN ? EnumSet.of(Language.EN) : EnumSet.of(lang, Language.EN);
        TermMatcher.Options options = new TermMatcher.Options(langs, false, false);
        return sentence -> {
            Set<String> out = new HashSet<>();
            for (TermMatch m : matcher.find(sentence, options)) {
                out.add(m.concept().id());
            }
            return out;
        };
    }
}
