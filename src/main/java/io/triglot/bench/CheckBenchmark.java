package io.triglot.bench;

import io.triglot.check.CheckRun;
import io.triglot.check.CheckedText;
import io.triglot.check.HouseStyle;
import io.triglot.index.TermIndex;
import io.triglot.lang.Language;
import io.triglot.lang.TermAnalyzers;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.Termbase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;

/**
 * Check throughput: a generated archive of news articles per language (NTREX-128 sentences recombined into
 * articles of a headline and paragraphs, with terms of the termbase inserted into a third of the sentences,
 * in inflected form and in any status), checked file by file as {@code triglot check} does, and in the same
 * run the term analysis alone over the same paragraphs (Nori, Kuromoji or the English analyzer with the
 * index's user dictionaries: the tokens the matcher walks). After a pass of each to warm up, passes
 * alternate, analysis then check, and the medians are reported: throughput, without what a process does once.
 */
public final class CheckBenchmark {
    private final Consumer<String> progress;

    public CheckBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    /** One language's figures. */
    public record Result(Language lang, int files, long words, double checkSeconds, double analysisSeconds, int findings) {
        public double checkWordsPerSecond() {
            return words / checkSeconds;
        }

        public double analysisWordsPerSecond() {
            return words / analysisSeconds;
        }

        /** How many times the analysis alone the check costs (the goal is at most 2). */
        public double costRatio() {
            return checkSeconds / analysisSeconds;
        }
    }

    /** Generates the archive for a termbase, then measures each language. */
    public Map<Language, Result> run(TermIndex index, HouseStyle style, long wordsPerLanguage, int runs, Path work,
                                     long seed) throws IOException {
        Termbase tb = index.termbase();
        Map<Language, Result> out = new EnumMap<>(Language.class);
        for (Language lang : Language.values()) {
            Path dir = work.resolve(lang.code());
            Archive a = generate(tb, lang, wordsPerLanguage, dir, index.analyzers(), seed);
            progress.accept(String.format("%s: %d files, %d words", lang, a.files.size(), a.words));
            // warm-up: one whole pass of each, so that the timed passes measure throughput, not what a process
            // does once (loading dictionaries, reading the termbase's words, compiling)
            analyze(index.analyzers(), a.files, lang);
            new CheckRun(index, style).monolingual(a.files, lang, false);
            double[] check = new double[runs];
            double[] analysis = new double[runs];
            int findings = 0;
            for (int r = 0; r < runs; r++) {
                long t0 = System.nanoTime();
                analyze(index.analyzers(), a.files, lang);
                long t1 = System.nanoTime();
                CheckRun.Report rep = new CheckRun(index, style).monolingual(a.files, lang, false);
                long t2 = System.nanoTime();
                analysis[r] = (t1 - t0) / 1e9;
                check[r] = (t2 - t1) / 1e9;
                findings = rep.findings().size();
                progress.accept(String.format("%s run %d: analysis %.1f s, check %.1f s", lang, r + 1, analysis[r], check[r]));
            }
            out.put(lang, new Result(lang, a.files.size(), a.words, median(check), median(analysis), findings));
        }
        return out;
    }

    /** The analysis alone: each file read and cut into paragraphs, each paragraph analyzed as the matcher does. */
    private static long analyze(TermAnalyzers analyzers, List<Path> files, Language lang) throws IOException {
        long tokens = 0;
        for (Path f : files) {
            CheckedText doc = new CheckedText(f.toString(), Files.readString(f), lang);
            for (CheckedText.Block b : doc.blocks()) {
                tokens += analyzers.positions(lang, b.text()).size();
            }
        }
        return tokens;
    }

    private record Archive(List<Path> files, long words) {
    }

    /**
     * Articles of a headline and four paragraphs of three to five sentences, until the archive has the words
     * asked for. Words are counted by white space in English and Korean (어절), and for Japanese as the
     * analyzer's tokens that are not punctuation.
     */
    private Archive generate(Termbase tb, Language lang, long wanted, Path dir, TermAnalyzers analyzers, long seed)
            throws IOException {
        Files.createDirectories(dir);
        Random rnd = new Random(seed + lang.ordinal());
        List<String> sentences = NtrexCorpus.sentences(lang);
        List<Concept> concepts = new ArrayList<>();
        for (Concept c : tb.concepts()) {
            if (!c.termsIn(lang.code()).isEmpty()) {
                concepts.add(c);
            }
        }
        List<Path> files = new ArrayList<>();
        long words = 0;
        String joiner = lang == Language.JA ? "" : " ";
        while (words < wanted) {
            StringBuilder doc = new StringBuilder();
            doc.append(headline(sentences.get(rnd.nextInt(sentences.size())), lang)).append("\n\n");
            for (int p = 0; p < 4; p++) {
                int n = 3 + rnd.nextInt(3);
                for (int s = 0; s < n; s++) {
                    String sentence = sentences.get(rnd.nextInt(sentences.size()));
                    if (rnd.nextInt(3) == 0 && !concepts.isEmpty()) {
                        Concept c = concepts.get(rnd.nextInt(concepts.size()));
                        List<Term> ts = c.termsIn(lang.code());
                        sentence = LookupBenchmark.insert(sentence, ts.get(rnd.nextInt(ts.size())), lang, rnd);
                    }
                    doc.append(s == 0 ? "" : joiner).append(sentence);
                }
                doc.append("\n\n");
            }
            String text = doc.toString();
            Path f = dir.resolve(String.format("article-%05d.txt", files.size()));
            Files.writeString(f, text, StandardCharsets.UTF_8);
            files.add(f);
            words += countWords(text, lang, analyzers);
        }
        return new Archive(files, words);
    }

    private static String headline(String sentence, Language lang) {
        String h = sentence.replaceAll("[.。!?！？]+$", "");
        int max = lang == Language.EN ? 12 : 30;
        if (lang == Language.EN) {
            String[] w = h.split(" ");
            return String.join(" ", java.util.Arrays.copyOf(w, Math.min(max, w.length)));
        }
        return h.substring(0, Math.min(h.length(), max));
    }

    static long countWords(String text, Language lang, TermAnalyzers analyzers) {
        if (lang == Language.JA) {
            long n = 0;
            for (TermAnalyzers.Token t : analyzers.tokens(lang, text)) {
                if (t.end() > t.start() && Character.isLetterOrDigit(text.codePointAt(t.start()))) {
                    n++;
                }
            }
            return n;
        }
        return text.split("\\s+").length;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        java.util.Arrays.sort(s);
        return s.length % 2 == 1 ? s[s.length / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
    }

    /** The figures as the README and JSON name them. */
    public static Map<String, Object> figures(String termbase, int concepts, Map<Language, Result> results) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("termbase", termbase);
        o.put("concepts", concepts);
        for (Result r : results.values()) {
            Map<String, Object> l = new LinkedHashMap<>();
            l.put("files", r.files());
            l.put("words", r.words());
            l.put("check_words_per_s", Math.round(r.checkWordsPerSecond()));
            l.put("analysis_words_per_s", Math.round(r.analysisWordsPerSecond()));
            l.put("check_vs_analysis_cost", LatencyStats.round3(r.costRatio()));
            l.put("check_s", LatencyStats.round3(r.checkSeconds()));
            l.put("analysis_s", LatencyStats.round3(r.analysisSeconds()));
            l.put("findings", r.findings());
            o.put(r.lang().code(), l);
        }
        return o;
    }
}
