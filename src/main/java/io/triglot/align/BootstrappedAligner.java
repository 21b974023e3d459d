package io.triglot.align;

import io.triglot.lang.Language;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Aligns a collection of documents in two passes, after Moore (2002): length and anchors first; then a
 * word translation model trained on the confident 1-1 links of the first pass (and on any known parallel
 * sentences given) joins the evidence, and every document is aligned again.
 */
public final class BootstrappedAligner {
    /** Weight of the lexical cost; chosen on the development data, see the README's evaluation section. */
    public static final double LEXICON_WEIGHT = 0.25;
    /** First-pass links at least this sure train the lexicon. */
    public static final double TRAINING_SCORE = 0.2;
    private static final int EM_ITERATIONS = 5;

    private final Language sourceLang;
    private final Language targetLang;
    private final Function<String, Set<String>> sourceConcepts;
    private final Function<String, Set<String>> targetConcepts;
    private final double lexiconWeight;
    private double nullLinkLengthCost = SentenceAligner.NULL_LINK_LENGTH_COST;

    public BootstrappedAligner(Language sourceLang, Language targetLang, Function<String, Set<String>> sourceConcepts,
                               Function<String, Set<String>> targetConcepts) {
        this(sourceLang, targetLang, sourceConcepts, targetConcepts, LEXICON_WEIGHT);
    }

    public BootstrappedAligner(Language sourceLang, Language targetLang, Function<String, Set<String>> sourceConcepts,
                               Function<String, Set<String>> targetConcepts, double lexiconWeight) {
        this.sourceLang = sourceLang;
        this.targetLang = targetLang;
        this.sourceConcepts = sourceConcepts;
        this.targetConcepts = targetConcepts;
        this.lexiconWeight = lexiconWeight;
    }

    /** Overrides the null-link length cost of both passes (for tuning). */
    public BootstrappedAligner withNullLinkLengthCost(double cost) {
        this.nullLinkLengthCost = cost;
        return this;
    }

    /**
     * Aligns each document pair.
     *
     * @param sources      source documents, as sentences
     * @param targets      their translations, as sentences
     * @param knownSources extra parallel sentences known to be translations (may be empty)
     * @param knownTargets their targets
     */
    public List<List<Link>> align(List<List<String>> sources, List<List<String>> targets,
                                  List<String> knownSources, List<String> knownTargets) {
        LengthModel model = LengthModel.forPair(sourceLang, targetLang);
        SentenceAligner first = new SentenceAligner(sourceLang, targetLang, model, SentenceAligner.Weights.DEFAULT,
                sourceConcepts, targetConcepts).withNullLinkLengthCost(nullLinkLengthCost);
        List<List<Link>> pass1 = new ArrayList<>();
        for (int d = 0; d < sources.size(); d++) {
            pass1.add(first.align(sources.get(d), targets.get(d)));
        }
        if (lexiconWeight == 0) {
            return pass1;
        }
        LexicalModel.Vocabulary sv = new LexicalModel.Vocabulary(sourceLang);
        LexicalModel.Vocabulary tv = new LexicalModel.Vocabulary(targetLang);
        List<int[]> trainS = new ArrayList<>();
        List<int[]> trainT = new ArrayList<>();
        for (int k = 0; k < knownSources.size(); k++) {
            trainS.add(sv.tokens(knownSources.get(k)));
            trainT.add(tv.tokens(knownTargets.get(k)));
        }
        for (int d = 0; d < sources.size(); d++) {
            for (Link l : pass1.get(d)) {
                if (l.source().size() == 1 && l.target().size() == 1 && l.score() >= TRAINING_SCORE) {
                    trainS.add(sv.tokens(sources.get(d).get(l.source().get(0))));
                    trainT.add(tv.tokens(targets.get(d).get(l.target().get(0))));
                }
            }
        }
        LexicalModel lex = LexicalModel.train(sv, tv, trainS, trainT, EM_ITERATIONS);
        SentenceAligner second = new SentenceAligner(sourceLang, targetLang, model, SentenceAligner.Weights.DEFAULT,
                sourceConcepts, targetConcepts, lex, lexiconWeight).withNullLinkLengthCost(nullLinkLengthCost);
        List<List<Link>> pass2 = new ArrayList<>();
        for (int d = 0; d < sources.size(); d++) {
            pass2.add(second.align(sources.get(d), targets.get(d)));
        }
        return pass2;
    }

}
