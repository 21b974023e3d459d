package io.triglot.align;

import io.triglot.bench.NtrexCorpus;
import io.triglot.index.TermIndex;
import io.triglot.io.InputException;
import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import io.triglot.segment.SentenceSegmenter;
import io.triglot.segment.TextDocument;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * Turns English, Korean and Japanese versions of articles into translation units: reads and segments the
 * files, aligns them three ways (with the termbase's concepts as anchors when an index is given, and a
 * lexicon bootstrapped from the articles plus the NTREX-128 sentence pairs shipped in the jar).
 */
public final class MemoryBuilder {
    /** Units and figures of a run. */
    public record Result(List<TranslationUnit> units, int documents, Map<Language, Integer> sentences,
                         Map<String, Integer> linkTypes, double meanScore, List<String> warnings) {
    }

    private MemoryBuilder() {
    }

    /** The articles under {@code samples/}: every {@code en/NAME.txt} with its {@code ko/} and {@code ja/} versions. */
    public static List<ThreeWayAligner.Article> readSamples(Path samples, SentenceSegmenter seg, List<String> warnings)
            throws IOException {
        Path en = samples.resolve("en");
        if (!Files.isDirectory(en)) {
            throw new InputException(samples, 0, "no en/ directory of English articles");
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(en)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
        }
        if (files.isEmpty()) {
            throw new InputException(en, 0, "no .txt articles");
        }
        List<ThreeWayAligner.Article> out = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            String id = name.substring(0, name.length() - ".txt".length());
            Path ko = samples.resolve("ko").resolve(name);
            Path ja = samples.resolve("ja").resolve(name);
            if (!Files.exists(ko)) {
                warnings.add(ko + ": missing; units of " + id + " have no Korean");
            }
            if (!Files.exists(ja)) {
                warnings.add(ja + ": missing; units of " + id + " have no Japanese");
            }
            out.add(article(id, f, Files.exists(ko) ? ko : null, Files.exists(ja) ? ja : null, seg, warnings));
        }
        return out;
    }

    /** One article from its files (Korean or Japanese may be null). */
    public static ThreeWayAligner.Article article(String id, Path en, Path ko, Path ja, SentenceSegmenter seg,
                                                  List<String> warnings) {
        TextDocument e = TextDocument.read(en, Language.EN, seg);
        TextDocument k = ko == null ? null : TextDocument.read(ko, Language.KO, seg);
        TextDocument j = ja == null ? null : TextDocument.read(ja, Language.JA, seg);
        for (TextDocument d : new TextDocument[] {e, k, j}) {
            if (d != null) {
                warnings.addAll(d.warnings());
            }
        }
        return new ThreeWayAligner.Article(id, e, k, j);
    }

    /**
     * The aligner the memory is built with: the glossary's concepts as anchors (none when {@code index} is
     * null), and the NTREX-128 sentence pairs to train the word translation model.
     */
    public static ThreeWayAligner aligner(TermIndex index) {
        Map<Language, Function<String, Set<String>>> concepts = null;
        if (index != null) {
            concepts = new EnumMap<>(Language.class);
            for (Language l : Language.values()) {
                concepts.put(l, ConceptAnchors.of(index, l));
            }
        }
        Map<Language, List<String>> known = new EnumMap<>(Language.class);
        known.put(Language.KO, NtrexCorpus.sentences(Language.KO));
        known.put(Language.JA, NtrexCorpus.sentences(Language.JA));
        return new ThreeWayAligner(concepts, NtrexCorpus.sentences(Language.EN), known);
    }

    /** Aligns the articles. */
    public static Result align(List<ThreeWayAligner.Article> articles, TermIndex index, List<String> warnings) {
        List<ThreeWayAligner.Result> results = aligner(index).align(articles);
        List<TranslationUnit> units = new ArrayList<>();
        Map<Language, Integer> sentences = new EnumMap<>(Language.class);
        Map<String, Integer> types = new TreeMap<>();
        double scoreSum = 0;
        int scored = 0;
        for (int k = 0; k < articles.size(); k++) {
            ThreeWayAligner.Article a = articles.get(k);
            ThreeWayAligner.Result r = results.get(k);
            units.addAll(r.units());
            sentences.merge(Language.EN, a.en().sentenceCount(), Integer::sum);
            if (a.ko() != null) {
                sentences.merge(Language.KO, a.ko().sentenceCount(), Integer::sum);
            }
            if (a.ja() != null) {
                sentences.merge(Language.JA, a.ja().sentenceCount(), Integer::sum);
            }
            for (Link l : r.enKo()) {
                types.merge("en-ko " + l.type(), 1, Integer::sum);
                scoreSum += l.score();
                scored++;
            }
            for (Link l : r.enJa()) {
                types.merge("en-ja " + l.type(), 1, Integer::sum);
                scoreSum += l.score();
                scored++;
            }
        }
        return new Result(units, articles.size(), sentences, types, scored == 0 ? 0 : scoreSum / scored, warnings);
    }

    /** {@code en 157, ko 160, ja 152} */
    public static String format(Map<Language, Integer> sentences) {
        List<String> parts = new ArrayList<>();
        sentences.forEach((l, n) -> parts.add(l.code() + " " + n));
        return String.join(", ", parts);
    }

    /** {@code en-ko: 1-1 120, 2-1 9; en-ja: ...} */
    public static String formatTypes(Map<String, Integer> types) {
        StringBuilder sb = new StringBuilder();
        String pair = null;
        for (Map.Entry<String, Integer> e : types.entrySet()) {
            String[] pt = e.getKey().split(" ");
            if (!pt[0].equals(pair)) {
                sb.append(pair == null ? "" : "; ").append(pt[0]).append(':');
                pair = pt[0];
            } else {
                sb.append(',');
            }
            sb.append(' ').append(pt[1]).append(' ').append(e.getValue());
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }
}
