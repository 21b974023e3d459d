package io.triglot.check;

import io.triglot.align.Link;
import io.triglot.align.ThreeWayAligner;
import io.triglot.index.TermIndex;
import io.triglot.io.InputException;
import io.triglot.io.TextFiles;
import io.triglot.io.tmx.TmxReader;
import io.triglot.lang.Language;
import io.triglot.lang.Scripts;
import io.triglot.model.Finding;
import io.triglot.model.TranslationUnit;
import io.triglot.segment.SentenceSegmenter;
import io.triglot.segment.TextDocument;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One run of {@code triglot check}: reads the files (a bad one is reported and skipped, the others are
 * checked), runs the monolingual rules per file (and variants across all of them with {@code --across}), or
 * the bilingual rules over an aligned source and translation or a TMX file's units.
 */
public final class CheckRun {
    private final TermIndex index;
    private final HouseStyle style;

    /** What a run found, what it could not read, and how much it read. */
    public record Report(List<Finding> findings, List<String> errors, int files) {
    }

    public CheckRun(TermIndex index, HouseStyle style) {
        this.index = index;
        this.style = style;
    }

    /**
     * Expands directories (their {@code .txt} and {@code .md} files, recursively, in name order); other paths
     * are kept as given, so a missing file is reported when it is read.
     */
    public static List<Path> expand(List<Path> inputs) {
        List<Path> out = new ArrayList<>();
        for (Path p : inputs) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(Files::isRegularFile).filter(f -> {
                        String n = f.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
                        return n.endsWith(".txt") || n.endsWith(".md");
                    }).sorted().forEach(out::add);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The monolingual rules over each file; {@code lang} null detects each file's language by its scripts. */
    public Report monolingual(List<Path> files, Language lang, boolean across) {
        StyleChecker checker = new StyleChecker(index, style);
        List<Finding> findings = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<StyleChecker.Occurrence> all = new ArrayList<>();
        int read = 0;
        for (Path f : files) {
            CheckedText doc;
            try {
                doc = read(f, lang);
            } catch (InputException e) {
                errors.add(e.describe());
                continue;
            }
            read++;
            List<StyleChecker.Occurrence> occ = checker.occurrences(doc);
            findings.addAll(checker.check(doc, occ));
            if (across) {
                all.addAll(occ);
            } else {
                findings.addAll(checker.variants(occ, false));
            }
        }
        if (across) {
            findings.addAll(checker.variants(all, true));
        }
        return new Report(merged(findings), errors, read);
    }

    /**
     * The bilingual rules between an English source and its Korean or Japanese translation: both are cut
     * into sentences and aligned (the memory's aligner, with the glossary's concepts as anchors), and each
     * link with sentences on both sides is checked; findings point into the translation.
     */
    public Report bitext(Path sourceFile, Path targetFile, Language targetLang) {
        List<String> errors = new ArrayList<>();
        CheckedText src = null;
        CheckedText tgt = null;
        try {
            src = read(sourceFile, Language.EN);
        } catch (InputException e) {
            errors.add(e.describe());
        }
        try {
            tgt = read(targetFile, targetLang);
        } catch (InputException e) {
            errors.add(e.describe());
        }
        if (src == null || tgt == null) {
            return new Report(List.of(), errors, src == null && tgt == null ? 0 : 1);
        }
        Language tl = tgt.language();
        if (src.language() != Language.EN) {
            errors.add(sourceFile + ": the source of a bilingual check must be English (it looks " + src.language() + ")");
            return new Report(List.of(), errors, 1);
        }
        if (tl == Language.EN) {
            errors.add(targetFile + ": the translation must be Korean or Japanese");
            return new Report(List.of(), errors, 1);
        }
        SentenceSegmenter seg = SentenceSegmenter.withShippedRules();
        List<List<CheckedText.Sentence>> sp = src.sentences(seg);
        List<List<CheckedText.Sentence>> tp = tgt.sentences(seg);
        TextDocument sd = new TextDocument(sourceFile, Language.EN, texts(sp), List.of());
        TextDocument td = new TextDocument(targetFile, tl, texts(tp), List.of());
        ThreeWayAligner aligner = io.triglot.align.MemoryBuilder.aligner(index);
        ThreeWayAligner.Article article = new ThreeWayAligner.Article(sourceFile.toString(), sd,
                tl == Language.KO ? td : null, tl == Language.JA ? td : null);
        ThreeWayAligner.Result r = aligner.align(List.of(article)).get(0);
        List<Link> links = tl == Language.KO ? r.enKo() : r.enJa();
        List<CheckedText.Sentence> ss = flat(sp);
        List<CheckedText.Sentence> ts = flat(tp);
        BitextChecker checker = new BitextChecker(index, style);
        List<Finding> findings = new ArrayList<>();
        for (Link l : links) {
            if (l.source().isEmpty() || l.target().isEmpty()) {
                continue;
            }
            int s0 = ss.get(l.source().get(0)).start();
            int s1 = ss.get(l.source().get(l.source().size() - 1)).end();
            int t0 = ts.get(l.target().get(0)).start();
            int t1 = ts.get(l.target().get(l.target().size() - 1)).end();
            findings.addAll(checker.check(new BitextChecker.SegmentPair(flatText(src.text(), s0, s1), Language.EN,
                    flatText(tgt.text(), t0, t1), tl, tgt, t0, tgt.file(), 0)));
        }
        return new Report(merged(findings), errors, 2);
    }

    /** The bilingual rules over the units of a TMX file that have both languages; findings at the unit's line. */
    public Report tmx(Path file, Language source, Language target) {
        List<String> errors = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        BitextChecker checker = new BitextChecker(index, style);
        try {
            TmxReader.readWithLines(file, (TranslationUnit u, int line) -> {
                String s = text(u, source);
                String t = text(u, target);
                if (s == null || t == null) {
                    return;
                }
                findings.addAll(checker.check(new BitextChecker.SegmentPair(s, source, t, target, null, 0,
                        file.toString(), line)));
            }, rej -> errors.add(rej.describe()));
        } catch (InputException e) {
            errors.add(e.describe());
            return new Report(List.of(), errors, 0);
        }
        return new Report(merged(findings), errors, 1);
    }

    /**
     * Findings in order, one per place, rule and fix: a term two concepts share (Defence Minister, of Japan's
     * and of Korea's defense minister) is reported once, naming both concepts.
     */
    static List<Finding> merged(List<Finding> findings) {
        record Place(String file, int line, int column, int endLine, int endColumn, String rule, String text, String fix) {
        }
        Map<Place, Finding> out = new java.util.LinkedHashMap<>();
        for (Finding f : findings) {
            Place key = new Place(f.file(), f.line(), f.column(), f.endLine(), f.endColumn(), f.rule(), f.text(), f.suggestion());
            out.merge(key, f, (a, b) -> a.conceptId() == null || b.conceptId() == null || a.conceptId().equals(b.conceptId()) ? a
                    : new Finding(a.file(), a.line(), a.column(), a.endLine(), a.endColumn(), a.rule(), a.severity(), a.text(),
                    a.message().replace("(" + a.conceptId() + ")", "(" + a.conceptId() + ", " + b.conceptId() + ")"),
                    a.suggestion(), a.conceptId() + "," + b.conceptId()));
        }
        List<Finding> list = new ArrayList<>(out.values());
        list.sort(StyleChecker.ORDER);
        return list;
    }

    private static String text(TranslationUnit u, Language l) {
        for (Map.Entry<String, String> e : u.texts().entrySet()) {
            if (Language.ofTag(e.getKey()) == l) {
                return e.getValue();
            }
        }
        return null;
    }

    /** The text of {@code [start, end)} with line breaks as spaces (one character for one: offsets hold). */
    private static String flatText(String text, int start, int end) {
        return text.substring(start, end).replace('\r', ' ').replace('\n', ' ');
    }

    private static List<List<String>> texts(List<List<CheckedText.Sentence>> ps) {
        return ps.stream().map(p -> p.stream().map(CheckedText.Sentence::text).toList()).toList();
    }

    private static List<CheckedText.Sentence> flat(List<List<CheckedText.Sentence>> ps) {
        List<CheckedText.Sentence> out = new ArrayList<>();
        ps.forEach(out::addAll);
        return out;
    }

    /**
     * Reads a file for checking: UTF-8 or UTF-16 with BOM, not empty, not binary, in one of our languages
     * ({@code lang}, or detected when null).
     */
    public static CheckedText read(Path file, Language lang) {
        String text = TextFiles.read(file);
        if (lang != null) {
            return new CheckedText(file.toString(), text, lang);
        }
        Language detected = Scripts.dominant(text);
        if (detected == null) {
            throw new InputException(file, 0, "no English, Korean or Japanese text");
        }
        return new CheckedText(file.toString(), text, detected);
    }
}
