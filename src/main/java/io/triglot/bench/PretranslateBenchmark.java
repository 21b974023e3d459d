package io.triglot.bench;

import io.triglot.io.tmx.TmxWriter;
import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import io.triglot.segment.SentenceSegmenter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * {@code triglot pretranslate} against OmegaT's console-translate on the same document and memory, each in
 * its own JVM as a user runs them. The memory is an English–Korean TMX: NTREX-128 sentences as units
 * (all but the last 100) and synthetic two-sentence units up to the requested size. The document has one
 * sentence per paragraph: a half are memory sentences verbatim, a quarter memory sentences with one word
 * dropped, a quarter sentences the memory does not hold.
 *
 * <p>OmegaT fills, at project load, the segments that have an exact match in {@code tm/auto} and writes the
 * target document; triglot with {@code --min 100} does the same job, and with its default threshold it
 * also fills fuzzy matches. OmegaT reads the TMX on every run, while triglot reads its index: both the
 * import ({@code index add}) and the pre-translation are timed.
 */
public final class PretranslateBenchmark {
    private static final int HELD_OUT = 100;

    private final Consumer<String> progress;
    private final List<String> en = NtrexCorpus.sentences(Language.EN);
    private final List<String> ko = NtrexCorpus.sentences(Language.KO);

    public PretranslateBenchmark(Consumer<String> progress) {
        this.progress = progress;
    }

    /** Runs the comparison {@code runs} times and returns the medians and counts. */
    public Map<String, Object> run(int tus, int sentences, int runs, Path omegatJar, Path work) throws Exception {
        int memorySentences = en.size() - HELD_OUT;
        if (tus < memorySentences) {
            throw new IllegalArgumentException("--tus is at least " + memorySentences + " (the NTREX sentences)");
        }
        Path tmx = work.resolve("memory.tmx");
        writeMemory(tus, memorySentences, tmx);
        List<String> doc = document(sentences, memorySentences);
        Path source = work.resolve("document.txt");
        Files.writeString(source, String.join("\n\n", doc) + "\n", StandardCharsets.UTF_8);

        double[] omegat = new double[runs];
        double[] index = new double[runs];
        double[] exact = new double[runs];
        double[] fuzzy = new double[runs];
        int omegatFilled = 0;
        int exactFilled = 0;
        int fuzzyFilled = 0;
        int agree = 0;
        for (int r = 0; r < runs; r++) {
            Path project = omegatProject(work.resolve("omegat-" + r), source, tmx);
            long t0 = System.nanoTime();
            exec(work, List.of(java(), "-jar", omegatJar.toString(), project.toString(), "--mode=console-translate",
                    "--disable-project-locking", "--no-team"));
            omegat[r] = (System.nanoTime() - t0) / 1e9;
            List<String> omegatOut = paragraphs(project.resolve("target").resolve("document.txt"));
            progress.accept(String.format("OmegaT run %d: %.1f s", r + 1, omegat[r]));

            Path idx = work.resolve("index-" + r);
            long t1 = System.nanoTime();
            triglot(work, "index", "add", tmx.toString(), "--index", idx.toString());
            index[r] = (System.nanoTime() - t1) / 1e9;
            Path exactOut = work.resolve("exact-" + r + ".txt");
            long t2 = System.nanoTime();
            triglot(work, "pretranslate", source.toString(), "--to", "ko", "--min", "100", "--no-marks",
                    "-o", exactOut.toString(), "--index", idx.toString());
            exact[r] = (System.nanoTime() - t2) / 1e9;
            Path fuzzyOut = work.resolve("fuzzy-" + r + ".txt");
            long t3 = System.nanoTime();
            triglot(work, "pretranslate", source.toString(), "--to", "ko", "--no-marks",
                    "-o", fuzzyOut.toString(), "--index", idx.toString());
            fuzzy[r] = (System.nanoTime() - t3) / 1e9;
            progress.accept(String.format("triglot run %d: index add %.1f s, pretranslate %.1f s (--min 100), %.1f s (--min 75)",
                    r + 1, index[r], exact[r], fuzzy[r]));

            List<String> ours = paragraphs(exactOut);
            if (ours.size() != doc.size() || omegatOut.size() != doc.size()) {
                throw new IllegalStateException("paragraph counts differ: document " + doc.size() + ", OmegaT "
                        + omegatOut.size() + ", triglot " + ours.size());
            }
            omegatFilled = translated(omegatOut);
            exactFilled = translated(ours);
            fuzzyFilled = translated(paragraphs(fuzzyOut));
            agree = 0;
            for (int p = 0; p < doc.size(); p++) {
                if (omegatOut.get(p).equals(ours.get(p))) {
                    agree++;
                }
            }
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("tus", tus);
        o.put("sentences", doc.size());
        o.put("runs", runs);
        o.put("omegat_s", LatencyStats.round3(LatencyStats.median(omegat)));
        o.put("triglot_index_add_s", LatencyStats.round3(LatencyStats.median(index)));
        o.put("triglot_pretranslate_exact_s", LatencyStats.round3(LatencyStats.median(exact)));
        o.put("triglot_pretranslate_fuzzy_s", LatencyStats.round3(LatencyStats.median(fuzzy)));
        o.put("ratio_exact_vs_omegat", LatencyStats.round3(LatencyStats.median(exact) / LatencyStats.median(omegat)));
        o.put("ratio_import_and_exact_vs_omegat", LatencyStats.round3((LatencyStats.median(index) + LatencyStats.median(exact)) / LatencyStats.median(omegat)));
        o.put("omegat_filled", omegatFilled);
        o.put("triglot_exact_filled", exactFilled);
        o.put("triglot_fuzzy_filled", fuzzyFilled);
        o.put("same_output_paragraphs", agree);
        return o;
    }

    /** NTREX sentence units first, then synthetic two-sentence units (English and Korean). */
    private void writeMemory(int tus, int memorySentences, Path tmx) throws IOException {
        List<TranslationUnit> units = new ArrayList<>(tus);
        for (int k = 0; k < memorySentences; k++) {
            units.add(unit("ntrex-" + k, en.get(k), ko.get(k)));
        }
        for (int k = 0; units.size() < tus; k++) {
            int[] p = TmBenchmark.pair(k, memorySentences);
            units.add(unit("pair-" + k, en.get(p[0]) + " " + en.get(p[1]), ko.get(p[0]) + " " + ko.get(p[1])));
        }
        new TmxWriter("bench", "en-US").write(units, tmx);
    }

    private static TranslationUnit unit(String id, String en, String ko) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("en-US", en);
        t.put("ko-KR", ko);
        return new TranslationUnit(id, t, List.of(new TranslationUnit.Prop("x-document", "bench")));
    }

    /**
     * One sentence per paragraph: memory sentences verbatim (half), with one word dropped (a quarter), and
     * held-out sentences (a quarter); only sentences the segmenter keeps whole.
     */
    private List<String> document(int sentences, int memorySentences) {
        SentenceSegmenter seg = SentenceSegmenter.withShippedRules();
        Random rnd = new Random(7);
        List<String> out = new ArrayList<>();
        int held = memorySentences;
        while (out.size() < sentences) {
            int kind = out.size() % 4;
            String s;
            if (kind == 3) {
                if (held >= en.size()) {
                    break;
                }
                s = en.get(held++);
            } else {
                s = en.get(rnd.nextInt(memorySentences));
                if (kind == 2) {
                    List<String> w = new ArrayList<>(Arrays.asList(s.split(" ")));
                    if (w.size() < 4) {
                        continue;
                    }
                    w.remove(1 + rnd.nextInt(w.size() - 2));
                    s = String.join(" ", w);
                }
            }
            if (seg.sentences(Language.EN, s).size() == 1 && !out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }

    /** An OmegaT project (en-US to ko-KR, sentence segmentation on) with the document and the memory in tm/auto. */
    private static Path omegatProject(Path dir, Path source, Path tmx) throws IOException {
        return OmegaTProject.create(dir, "en-US", "ko-KR", true, source, tmx, null);
    }

    private void triglot(Path work, String... args) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(java(), "-cp", System.getProperty("java.class.path"), "io.triglot.cli.Main"));
        cmd.addAll(List.of(args));
        exec(work, cmd);
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    /** Runs a command to completion; its output goes to a log in {@code work}, shown if it fails. */
    private static void exec(Path work, List<String> cmd) throws Exception {
        Path log = Files.createTempFile(work, "run", ".log");
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(1, TimeUnit.HOURS) || p.exitValue() != 0) {
            p.destroyForcibly();
            String out = Files.readString(log, StandardCharsets.UTF_8);
            throw new IllegalStateException(String.join(" ", cmd.subList(0, Math.min(4, cmd.size()))) + "... failed: "
                    + out.substring(Math.max(0, out.length() - 2000)));
        }
    }

    private static List<String> paragraphs(Path file) throws IOException {
        List<String> out = new ArrayList<>();
        for (String p : Files.readString(file, StandardCharsets.UTF_8).split("\\R\\s*\\R")) {
            if (!p.isBlank()) {
                out.add(p.strip());
            }
        }
        return out;
    }

    /** Paragraphs with Hangul in them: the translated ones (the document is English). */
    private static int translated(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) {
            if (p.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HANGUL)) {
                n++;
            }
        }
        return n;
    }

}
