package io.triglot.align;

import io.triglot.lang.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ja.JapaneseAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * A word translation model (IBM Model 1) learnt from sentence pairs, as in Moore (2002): the first,
 * length-and-anchor alignment proposes confident 1-1 links, the model is trained on them by EM, and the
 * second alignment adds how well each link's target words are explained by its source words compared with
 * chance. A target sentence merged from two source sentences is explained only by both; a source sentence
 * with no translation explains nothing, so the two cases no longer look alike.
 */
public final class LexicalModel {
    private static final double FLOOR = 1e-7;

    private final Vocabulary source;
    private final Vocabulary target;
    private final LongDoubleMap translation;
    private final double[] nullTranslation;
    private final double[] unigram;

    private LexicalModel(Vocabulary source, Vocabulary target, LongDoubleMap translation, double[] nullTranslation,
                         double[] unigram) {
        this.source = source;
        this.target = target;
        this.translation = translation;
        this.nullTranslation = nullTranslation;
        this.unigram = unigram;
    }

    /** Word ids for one language, from its Lucene analyzer (stems for English, content morphemes for ko/ja). */
    public static final class Vocabulary {
        private final Language lang;
        private final Analyzer analyzer;
        private final Map<String, Integer> ids = new HashMap<>();

        public Vocabulary(Language lang) {
            this.lang = lang;
            this.analyzer = switch (lang) {
                case EN -> new EnglishAnalyzer();
                case KO -> new KoreanAnalyzer();
                case JA -> new JapaneseAnalyzer();
            };
        }

        public Language language() {
            return lang;
        }

        /** Token ids of a sentence, adding new words to the vocabulary. */
        public int[] tokens(String sentence) {
            List<Integer> out = new ArrayList<>();
            try (TokenStream ts = analyzer.tokenStream("t", sentence)) {
                CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
                ts.reset();
                while (ts.incrementToken()) {
                    String w = term.toString();
                    Integer id = ids.get(w);
                    if (id == null) {
                        id = ids.size();
                        ids.put(w, id);
                    }
                    out.add(id);
                }
                ts.end();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.stream().mapToInt(Integer::intValue).toArray();
        }

        public int size() {
            return ids.size();
        }
    }

    /** Trains by EM on sentence pairs given as token ids. */
    public static LexicalModel train(Vocabulary sourceVocab, Vocabulary targetVocab, List<int[]> sources,
                                     List<int[]> targets, int iterations) {
        int vt = Math.max(1, targetVocab.size());
        double[] unigram = new double[vt];
        long total = 0;
        for (int[] t : targets) {
            for (int f : t) {
                unigram[f]++;
                total++;
            }
        }
        for (int f = 0; f < vt; f++) {
            unigram[f] = (unigram[f] + 1) / (total + vt);
        }
        int pairs = 0;
        for (int k = 0; k < sources.size(); k++) {
            pairs += sources.get(k).length * targets.get(k).length;
        }
        LongDoubleMap tr = new LongDoubleMap(pairs);
        double[] nul = new double[vt];
        double init = 1.0 / vt;
        java.util.Arrays.fill(nul, init);
        for (int k = 0; k < sources.size(); k++) {
            for (int e : sources.get(k)) {
                for (int f : targets.get(k)) {
                    tr.put(key(e, f), init);
                }
            }
        }
        int vs = Math.max(1, sourceVocab.size());
        for (int it = 0; it < iterations; it++) {
            LongDoubleMap count = new LongDoubleMap(tr.size());
            double[] totalE = new double[vs];
            double[] nulCount = new double[vt];
            double nulTotal = 0;
            for (int k = 0; k < sources.size(); k++) {
                int[] es = sources.get(k);
                for (int f : targets.get(k)) {
                    double z = nul[f];
                    for (int e : es) {
                        z += tr.get(key(e, f), 0);
                    }
                    for (int e : es) {
                        double c = tr.get(key(e, f), 0) / z;
                        count.add(key(e, f), c);
                        totalE[e] += c;
                    }
                    double c0 = nul[f] / z;
                    nulCount[f] += c0;
                    nulTotal += c0;
                }
            }
            count.forEach((key, value) -> tr.put(key, value / totalE[(int) (key >>> 32)]));
            for (int f = 0; f < vt; f++) {
                nul[f] = nulTotal == 0 ? init : Math.max(FLOOR, nulCount[f] / nulTotal);
            }
        }
        return new LexicalModel(sourceVocab, targetVocab, tr, nul, unigram);
    }

    private static long key(int e, int f) {
        return ((long) e << 32) | (f & 0xFFFFFFFFL);
    }

    /**
     * For each word of a target sentence, the summed translation probability from the words of one source
     * sentence. Sums of several source sentences add up, so a 2-1 link costs no new lookups.
     */
    public double[] evidence(int[] es, int[] fs) {
        double[] out = new double[fs.length];
        for (int i = 0; i < fs.length; i++) {
            int f = fs[i];
            if (f >= unigram.length) {
                continue;
            }
            double sum = 0;
            for (int e : es) {
                sum += translation.get(key(e, f), 0);
            }
            out[i] = sum;
        }
        return out;
    }

    /**
     * Cost of one target word given the summed evidence of {@code sourceWords} source words, as a
     * log-likelihood ratio against the word's own frequency: negative when the source explains the word
     * better than chance.
     */
    public double wordCost(int f, double evidence, int sourceWords) {
        if (f >= unigram.length) {
            return 0; // never seen in training: no evidence either way
        }
        double p = (nullTranslation[f] + evidence) / (sourceWords + 1);
        return -Math.log(Math.max(p, FLOOR)) + Math.log(unigram[f]);
    }

    public Vocabulary sourceVocabulary() {
        return source;
    }

    public Vocabulary targetVocabulary() {
        return target;
    }

}
