package io.triglot.terms;

import io.triglot.align.LongDoubleMap;
import io.triglot.bench.NtrexCorpus;
import io.triglot.index.TermIndex;
import io.triglot.index.TermMatch;
import io.triglot.index.TermMatcher;
import io.triglot.lang.Language;
import io.triglot.lang.TextNormalizer;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import io.triglot.model.TermStatus;
import io.triglot.model.TranslationUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Proposes concepts for the termbase from an aligned memory.
 *
 * <ol>
 * <li>Each unit's English, Korean and Japanese term candidates ({@link TermCandidates}); where the termbase
 * already has a term, the match stands for its concept instead, and candidates inside it or crossing it are
 * dropped (so the words of "General Security of Military Information Agreement" are not proposed one by one).
 * <li>How many units each candidate occurs in, and each English candidate with each Korean and Japanese one.
 * <li>Competitive linking (Melamed 2000) in each unit: the pairs of the unit, most associated first (Dice
 * coefficient over the units, plus a bonus for cues that hold across scripts: the same Latin acronym,
 * Hangul and katakana transliterations of the English), are linked when neither side overlaps a pair
 * already linked in the unit; so in "Chief Cabinet Secretary Yoshihide Suga" the name takes its name and
 * the title what is left.
 * <li>Each English candidate's Korean and Japanese translation is the candidate it was linked to most often
 * (one that renders it by its form, 서울 for Seoul, before one that does not);
 * the score is the link Dice of both, weighted by the links, by how much more often the memory uses the
 * English than general news does (NTREX-128's English as the reference), by its form (a single lower-case
 * word weighs less than a name or a phrase) and by its spread (a term only one document uses weighs less).
 * A pair is not linked where one side is the other's partner plus a termbase concept named apart (the title in
 * "Prime Minister Shinzo Abe" links to 총리 of 아베 신조 총리).
 * </ol>
 * English candidates linked to a concept of the termbase, and concepts linked to a Korean or Japanese
 * candidate where the translation has none of the concept's terms, are proposed as new variants of it.
 */
public final class TermExtraction {
    /**
     * A proposed concept: its three terms (null where no translation was linked), score, the units and
     * documents the English occurs in, the links to each translation and their Dice, two example units, and
     * the concept of the termbase it is a new variant of (null for a new concept).
     */
    public record Proposal(String en, String ko, String ja, double score, int frequency, int documents, int linksKo,
                           int linksJa, double diceKo, double diceJa, List<TranslationUnit> examples, String variantOf) {
    }

    /** What an extraction found and read: the units read, those with all three languages, distinct candidates. */
    public record Result(List<Proposal> proposals, int units, int unitsWithAllThree, Map<Language, Integer> candidates) {
    }

    /** A cue that a pair translates each other by form counts as much as this much Dice. */
    private static final double CUE_BONUS = 0.5;
    /** The least Dice of a translation that was not linked, standing in for one that was not. */
    private static final double MIN_FALLBACK_DICE = 0.5;
    /** The weight of a single lower-case English word against a name, an acronym or a phrase. */
    private static final double SINGLE_COMMON_NOUN = 0.2;
    /** The weight of an English candidate only one document (one newsroom's article) uses. */
    private static final double ONE_DOCUMENT = 0.7;
    /** Units extracted per task. */
    private static final int BATCH = 256;
    private static final Language[] LANGS = {Language.EN, Language.KO, Language.JA};

    private final TermIndex index;
    private final int threads;

    /**
     * @param index the termbase whose concepts are left out (and whose user dictionaries the analyzers use);
     *              may be null, for none
     */
    public TermExtraction(TermIndex index) {
        this(index, Runtime.getRuntime().availableProcessors());
    }

    public TermExtraction(TermIndex index, int threads) {
        this.index = index;
        this.threads = Math.max(1, threads);
    }

    /** The candidates of one language, interned: key to id, the first surface, units per id. */
    private static final class Vocabulary {
        final Map<String, Integer> ids = new HashMap<>();
        final List<String> keys = new ArrayList<>();
        final List<String> surfaces = new ArrayList<>();
        /** Japanese: the first surface's reading (null where none). */
        final List<String> readings = new ArrayList<>();
        int[] freq = new int[1024];
        /** Occurrences written with a capital inside a sentence, and in lower case. */
        int[] capital = new int[1024];
        int[] lower = new int[1024];
        /** Distinct documents (x-document) each candidate occurs in, and the last one counted. */
        int[] documents = new int[1024];
        int[] lastDocument = filled(1024, -1);

        int id(String key, String surface, String reading) {
            Integer id = ids.get(key);
            if (id == null) {
                id = keys.size();
                ids.put(key, id);
                keys.add(key);
                surfaces.add(surface);
                readings.add(reading);
                if (id == freq.length) {
                    freq = Arrays.copyOf(freq, freq.length * 2);
                    capital = Arrays.copyOf(capital, freq.length);
                    lower = Arrays.copyOf(lower, freq.length);
                    documents = Arrays.copyOf(documents, freq.length);
                    int from = lastDocument.length;
                    lastDocument = Arrays.copyOf(lastDocument, freq.length);
                    Arrays.fill(lastDocument, from, lastDocument.length, -1);
                }
            }
            return id;
        }

        int size() {
            return keys.size();
        }

        boolean concept(int id) {
            return keys.get(id).startsWith("@");
        }

        /**
         * How much an English candidate looks like a term by its form: names (capitalized inside sentences),
         * acronyms and multi-word phrases do; a single word in lower case (decision, experts) much less.
         */
        double formPrior(int id, int tokens) {
            String k = keys.get(id);
            boolean acronym = k.length() >= 2 && k.equals(k.toUpperCase(java.util.Locale.ROOT)) && !k.equals(k.toLowerCase(java.util.Locale.ROOT));
            boolean name = capital[id] > 0 && capital[id] >= lower[id];
            if (acronym || name || tokens > 1) {
                return 1;
            }
            return SINGLE_COMMON_NOUN;
        }
    }

    /** One unit's candidates in one language: ids and their spans (start, end) in the segment. */
    private record Side(int[] ids, int[] spans) {
        static final Side EMPTY = new Side(new int[0], new int[0]);
    }

    /**
     * A candidate of one segment before interning; concept is set where it stands for a termbase concept;
     * shape tells how an English candidate's first letter is written (see {@link #shape}).
     */
    private record Raw(String key, String surface, int start, int end, Concept concept, int shape, String reading) {
    }

    private static final int LOWER = 0;
    private static final int CAPITAL = 1;
    private static final int SENTENCE_START = 2;

    /** Lower case, capital inside a sentence (a name), or capital that only says a sentence starts there. */
    static int shape(String text, int start) {
        if (!Character.isUpperCase(text.codePointAt(start))) {
            return LOWER;
        }
        for (int i = start - 1; i >= 0; i--) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c) || c == ',' || c == ';' || c == ':') {
                return CAPITAL;
            }
            if (c == '.' || c == '!' || c == '?') {
                return SENTENCE_START;
            }
        }
        return SENTENCE_START;
    }

    /** Per worker thread: a candidate extractor (its taggers are not thread-safe) and a term matcher. */
    private final class Worker {
        final TermCandidates candidates = index == null ? new TermCandidates("", "")
                : new TermCandidates(index.analyzers().koreanDictionary(), index.analyzers().japaneseDictionary());
        final TermMatcher matcher = index == null ? null : new TermMatcher(index);

        List<Raw> extract(Language lang, String text) {
            if (text == null) {
                return List.of();
            }
            List<TermMatch> known = matcher == null ? List.of()
                    : matcher.find(text, new TermMatcher.Options(EnumSet.of(lang), false, false));
            List<Raw> out = new ArrayList<>();
            for (TermCandidates.Candidate c : candidates.extract(lang, text)) {
                boolean keep = true;
                // what known terms inside the candidate cover of it (made only when one is inside)
                boolean[] covered = null;
                for (TermMatch m : known) {
                    // inside a known term, crossing one or the known term itself: the concept stands for it
                    boolean containsIt = c.start() <= m.start() && m.end() <= c.end() && c.end() - c.start() > m.end() - m.start();
                    if (c.overlaps(m.start(), m.end()) && !containsIt) {
                        keep = false;
                        break;
                    }
                    if (containsIt) {
                        if (covered == null) {
                            covered = new boolean[c.end() - c.start()];
                        }
                        Arrays.fill(covered, m.start() - c.start(), m.end() - c.start(), true);
                    }
                }
                // nothing but known terms ("Chief Cabinet Secretary Yoshihide Suga", 菅義偉官房長官): no new term
                boolean allKnown = covered != null;
                for (int i = 0; allKnown && i < covered.length; i++) {
                    char ch = text.charAt(c.start() + i);
                    allKnown = covered[i] || Character.isWhitespace(ch) || ch == '・' || ch == '-';
                }
                if (keep && !allKnown) {
                    out.add(new Raw(c.key(), c.surface(), c.start(), c.end(), null, shape(text, c.start()), c.reading()));
                }
            }
            for (TermMatch m : known) {
                out.add(new Raw("@" + m.concept().id(), m.surface(), m.start(), m.end(), m.concept(), SENTENCE_START, null));
            }
            return out;
        }
    }

    /**
     * Runs over the units, proposing English candidates in at least {@code minFrequency} units (the best
     * {@code top}).
     */
    public Result run(List<TranslationUnit> units, int minFrequency, int top) {
        Vocabulary[] vocab = {new Vocabulary(), new Vocabulary(), new Vocabulary()};
        Map<String, Concept> concepts = new HashMap<>();
        Side[][] sides = extractAll(units, vocab, concepts);
        int allThree = 0;
        for (Side[] s : sides) {
            if (s != null && s[1].ids.length > 0 && s[2].ids.length > 0) {
                allThree++;
            }
        }
        int minShared = Math.min(2, Math.max(1, minFrequency));
        // the end of a longer candidate that recurs is part of it in that unit ("list" in "white list",
        // 관리 in 輸出管理), not a term of its own there
        for (Side[] s : sides) {
            if (s != null) {
                for (int l = 0; l < 3; l++) {
                    s[l] = asTerms(s[l], vocab[l], minShared, l == 0);
                }
            }
        }
        // co-occurrence of English candidates frequent enough with translations frequent enough
        PairCounts[] together = {null, new PairCounts(1 << 16), new PairCounts(1 << 16)};
        for (Side[] s : sides) {
            if (s == null) {
                continue;
            }
            for (int e : s[0].ids) {
                if (vocab[0].freq[e] < minShared) {
                    continue;
                }
                for (int l = 1; l <= 2; l++) {
                    for (int t : s[l].ids) {
                        if (vocab[l].freq[t] >= minShared) {
                            together[l].increment(pair(e, t));
                        }
                    }
                }
            }
        }
        // competitive linking, unit by unit
        PairCounts[] links = {null, new PairCounts(1 << 14), new PairCounts(1 << 14)};
        Cues[] cues = {null, new Cues(), new Cues()};
        for (Side[] s : sides) {
            if (s == null) {
                continue;
            }
            for (int l = 1; l <= 2; l++) {
                link(s[0], s[l], vocab[0], vocab[l], together[l], minShared, links[l], cues[l]);
            }
        }
        // each English candidate's most linked translations
        int n = vocab[0].size();
        int[][] bestTarget = new int[3][n];
        int[][] bestLinks = new int[3][n];
        for (int l = 1; l <= 2; l++) {
            Arrays.fill(bestTarget[l], -1);
            int lang = l;
            Vocabulary tv = vocab[l];
            Cues cue = cues[l];
            links[l].forEach((key, count) -> {
                int e = (int) (key >>> 32);
                int t = (int) key;
                int c = (int) count;
                int b = bestTarget[lang][e];
                if (b < 0 || betterTranslation(cue, vocab[0], e, tv, t, c, b, bestLinks[lang][e], minShared)) {
                    bestTarget[lang][e] = t;
                    bestLinks[lang][e] = c;
                }
            });
        }
        // where one translation was never linked (the other language's linking took the English span a
        // neighbour has), the candidate it is most associated with stands in, if it is clearly associated
        int[][] assocTarget = new int[3][n];
        double[][] assocValue = new double[3][n];
        for (int l = 1; l <= 2; l++) {
            Arrays.fill(assocTarget[l], -1);
            int lang = l;
            Vocabulary tv = vocab[l];
            together[l].forEach((key, shared) -> {
                int e = (int) (key >>> 32);
                int t = (int) key;
                if (shared < minShared || vocab[0].concept(e) || tv.concept(t)) {
                    return;
                }
                double dice = 2.0 * shared / (vocab[0].freq[e] + tv.freq[t]);
                if (dice < MIN_FALLBACK_DICE) {
                    return;
                }
                double value = dice + cues[lang].bonus(vocab[0], e, tv, t)
                        + 0.001 * tv.keys.get(t).length();
                if (value > assocValue[lang][e]) {
                    assocValue[lang][e] = value;
                    assocTarget[lang][e] = t;
                }
            });
        }
        for (int l = 1; l <= 2; l++) {
            for (int e = 0; e < n; e++) {
                int other = 3 - l;
                if (bestLinks[l][e] < minShared && bestLinks[other][e] >= minShared && assocTarget[l][e] >= 0) {
                    int t = assocTarget[l][e];
                    bestTarget[l][e] = t;
                    bestLinks[l][e] = together[l].get(pair(e, t));
                }
            }
        }
        Map<String, Integer> reference = Reference.FREQUENCIES;
        int read = units.size();
        List<Proposal> proposals = new ArrayList<>();
        for (int e = 0; e < n; e++) {
            int fe = vocab[0].freq[e];
            if (fe < minFrequency) {
                continue;
            }
            int k = bestLinks[1][e] >= minShared ? bestTarget[1][e] : -1;
            int j = bestLinks[2][e] >= minShared ? bestTarget[2][e] : -1;
            if (k < 0 && j < 0) {
                continue;
            }
            double dk = k < 0 ? 0 : association(cues[1], vocab[0], e, vocab[1], k, bestLinks[1][e], minShared);
            double dj = j < 0 ? 0 : association(cues[2], vocab[0], e, vocab[2], j, bestLinks[2][e], minShared);
            String enKey = vocab[0].keys.get(e);
            Concept variantOf = null;
            if (vocab[0].concept(e)) {
                // a known concept: only a translation that is none of its terms is news
                variantOf = concepts.get(enKey);
                if (k >= 0 && vocab[1].concept(k)) {
                    k = -1;
                    dk = 0;
                }
                if (j >= 0 && vocab[2].concept(j)) {
                    j = -1;
                    dj = 0;
                }
                if (k < 0 && j < 0) {
                    continue;
                }
            } else {
                Concept ck = k >= 0 && vocab[1].concept(k) ? concepts.get(vocab[1].keys.get(k)) : null;
                Concept cj = j >= 0 && vocab[2].concept(j) ? concepts.get(vocab[2].keys.get(j)) : null;
                if (ck != null && cj != null && ck != cj) {
                    continue; // linked to two different concepts: no one concept to add the English to
                }
                variantOf = ck != null ? ck : cj;
            }
            int linked = Math.max(bestLinks[1][e], bestLinks[2][e]);
            double specificity = vocab[0].concept(e) ? 1
                    : ((double) fe / Math.max(1, read)) / ((reference.getOrDefault(enKey, 0) + 1.0) / Reference.SENTENCES);
            double prior = vocab[0].concept(e) ? 1 : vocab[0].formPrior(e, vocab[0].keys.get(e).split(" ").length);
            double score = (dk + dj) / 2 * log2(1 + linked) * log2(1 + Math.max(1, specificity)) * prior
                    * (vocab[0].documents[e] >= 2 ? 1 : ONE_DOCUMENT);
            String en = vocab[0].concept(e) ? preferred(variantOf, Language.EN) : vocab[0].surfaces.get(e);
            String ko = k < 0 ? null : vocab[1].concept(k) ? preferred(variantOf, Language.KO) : vocab[1].surfaces.get(k);
            String ja = j < 0 ? null : vocab[2].concept(j) ? preferred(variantOf, Language.JA) : vocab[2].surfaces.get(j);
            if (ko != null && ja != null) {
                // a Korean and a Japanese term that are one Sino-Korean word (배상 / 賠償), or the same Latin
                // letters (GSOMIA), translate each other, whatever else two or three units' counts say: up to
                // twice the score
                score *= 1 + Math.max(SinoKorean.agreement(ko, ja), Transliteration.sameLatin(ko, ja) ? 1 : 0);
            }
            proposals.add(new Proposal(en, ko, ja, score, fe, vocab[0].documents[e], k < 0 ? 0 : bestLinks[1][e],
                    j < 0 ? 0 : bestLinks[2][e],
                    dk, dj, examples(units, sides, e, k, j), variantOf == null ? null : variantOf.id()));
        }
        proposals.sort(Comparator.comparingDouble(Proposal::score).reversed().thenComparing(Proposal::en));
        List<Proposal> out = new ArrayList<>();
        for (Proposal p : proposals) {
            if (out.size() >= top) {
                break;
            }
            if (out.stream().noneMatch(q -> sameTranslations(p, q))) {
                out.add(p);
            }
        }
        Map<Language, Integer> candidates = new LinkedHashMap<>();
        for (int l = 0; l < 3; l++) {
            candidates.put(LANGS[l], vocab[l].size());
        }
        return new Result(out, read, allThree, candidates);
    }

    /**
     * Whether a lower-ranked proposal says what a higher one does: the same Korean and Japanese, the English
     * one inside the other (Klingner and Mr. Klingner).
     */
    private static boolean sameTranslations(Proposal p, Proposal better) {
        String a = " " + p.en().toLowerCase(java.util.Locale.ROOT) + " ";
        String b = " " + better.en().toLowerCase(java.util.Locale.ROOT) + " ";
        return java.util.Objects.equals(p.ko(), better.ko()) && java.util.Objects.equals(p.ja(), better.ja())
                && (a.contains(b) || b.contains(a));
    }

    private static int[] filled(int n, int value) {
        int[] a = new int[n];
        Arrays.fill(a, value);
        return a;
    }

    private static long pair(int e, int t) {
        return ((long) e << 32) | (t & 0xffffffffL);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }

    /** Extracts every unit's candidates, in parallel batches, and interns them in unit order. */
    private Side[][] extractAll(List<TranslationUnit> units, Vocabulary[] vocab, Map<String, Concept> concepts) {
        Side[][] sides = new Side[units.size()][];
        Map<String, Integer> documents = new HashMap<>();
        ThreadLocal<Worker> workers = ThreadLocal.withInitial(Worker::new);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "triglot-terms");
            t.setDaemon(true);
            return t;
        });
        try {
            // batches are submitted a few ahead of the one being interned, and each batch's candidates are let go
            // once interned: a million candidate objects of a 100,000-unit memory are never all held at once
            int count = (units.size() + BATCH - 1) / BATCH;
            List<Future<List<List<Raw>>>> batches = new ArrayList<>(count);
            int ahead = threads * 4;
            int u = 0;
            for (int b = 0; b < count; b++) {
                while (batches.size() < Math.min(count, b + ahead)) {
                    int from = batches.size() * BATCH;
                    List<TranslationUnit> batch = units.subList(from, Math.min(units.size(), from + BATCH));
                    batches.add(pool.submit(() -> extractBatch(workers.get(), batch)));
                }
                List<List<Raw>> raws = batches.get(b).get();
                batches.set(b, null);
                for (int i = 0; i < raws.size(); i += 3, u++) {
                    if (raws.get(i) == null) {
                        continue;
                    }
                    sides[u] = new Side[3];
                    int document = documents.computeIfAbsent(document(units.get(u)), d -> documents.size());
                    for (int l = 0; l < 3; l++) {
                        sides[u][l] = intern(raws.get(i + l), vocab[l], concepts, document);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("term extraction interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return sides;
    }

    /** One batch's candidates: per unit, English, Korean and Japanese (null for a unit that cannot be used). */
    private static List<List<Raw>> extractBatch(Worker w, List<TranslationUnit> batch) {
        List<List<Raw>> out = new ArrayList<>(batch.size() * 3);
        for (TranslationUnit u : batch) {
            String en = text(u, Language.EN);
            boolean usable = en != null && (text(u, Language.KO) != null || text(u, Language.JA) != null);
            for (Language l : LANGS) {
                out.add(usable ? w.extract(l, text(u, l)) : null);
            }
        }
        return out;
    }

    private static Side intern(List<Raw> raws, Vocabulary v, Map<String, Concept> concepts, int document) {
        if (raws.isEmpty()) {
            return Side.EMPTY;
        }
        int[] ids = new int[raws.size()];
        int[] spans = new int[raws.size() * 2];
        int n = 0;
        for (Raw r : raws) {
            int id = v.id(r.key, r.surface, r.reading);
            boolean seen = false;
            for (int i = 0; i < n && !seen; i++) {
                seen = ids[i] == id;
            }
            if (seen) {
                continue; // a concept named twice in the segment
            }
            if (r.concept != null) {
                concepts.putIfAbsent(r.key, r.concept);
            }
            v.freq[id]++;
            if (v.lastDocument[id] != document) {
                v.lastDocument[id] = document;
                v.documents[id]++;
            }
            if (r.shape == CAPITAL) {
                v.capital[id]++;
            } else if (r.shape == LOWER) {
                v.lower[id]++;
            }
            ids[n] = id;
            spans[2 * n] = r.start;
            spans[2 * n + 1] = r.end;
            n++;
        }
        return new Side(Arrays.copyOf(ids, n), Arrays.copyOf(spans, 2 * n));
    }

    /**
     * The side as the unit's terms: a longer candidate occurring in at least {@code minShared} units takes the
     * place of those that end it ("list" in "white list", 管理 in 輸出管理) and of those that start it ("South"
     * in "South Korea"; in Korean and Japanese only where the rest is no candidate of its own: 安倍 of 安倍晋三,
     * but titles come after names there, so 스가 of 스가 관방장관 stays). Not where what the longer one adds is a
     * termbase concept or a word found everywhere (대법원 of 한국 대법원 stays); and an English coordination of
     * two terms ("Seoul and Tokyo") is no term of the unit.
     */
    private static Side asTerms(Side side, Vocabulary v, int minShared, boolean english) {
        int n = side.ids.length;
        int[] sp = side.spans;
        boolean[] drop = new boolean[n];
        boolean[] part = new boolean[n];
        if (english) {
            coordinations(side, v, drop);
        }
        for (int i = 0; i < n; i++) {
            if (v.concept(side.ids[i]) || drop[i]) {
                continue;
            }
            for (int j = 0; j < n && !part[i]; j++) {
                if (j == i || drop[j] || v.freq[side.ids[j]] < minShared) {
                    continue;
                }
                boolean tail = sp[2 * j] < sp[2 * i] && sp[2 * j + 1] == sp[2 * i + 1]
                        && !knownBetween(side, v, sp[2 * j], sp[2 * i]) && !frequentBefore(side, v, j, i);
                boolean head = sp[2 * j] == sp[2 * i] && sp[2 * j + 1] > sp[2 * i + 1]
                        && !knownBetween(side, v, sp[2 * i + 1], sp[2 * j + 1]) && (english || !restIsTerm(side, v, j, i));
                part[i] = tail || head;
            }
        }
        int kept = 0;
        for (int i = 0; i < n; i++) {
            drop[i] |= part[i];
            kept += drop[i] ? 0 : 1;
        }
        if (kept == n) {
            return side;
        }
        int[] ids = new int[kept];
        int[] spans = new int[2 * kept];
        for (int i = 0, k = 0; i < n; i++) {
            if (drop[i]) {
                v.freq[side.ids[i]]--;
            } else {
                ids[k] = side.ids[i];
                spans[2 * k] = sp[2 * i];
                spans[2 * k + 1] = sp[2 * i + 1];
                k++;
            }
        }
        return new Side(ids, spans);
    }

    /**
     * Marks the English coordinations of two terms ("Seoul and Tokyo"): a candidate with "and" inside whose two
     * sides are candidates of the unit, each of them found in more units than the whole, is two terms, not one
     * (a name with "and" inside, Ministry of Land, Infrastructure and Transport, is not found in parts).
     */
    private static void coordinations(Side side, Vocabulary v, boolean[] drop) {
        int[] sp = side.spans;
        for (int i = 0; i < side.ids.length; i++) {
            int id = side.ids[i];
            if (v.concept(id) || !v.keys.get(id).contains(" and ")) {
                continue;
            }
            // a side from the start, another to the end, " and " (five characters) between them
            for (int a = 0; a < side.ids.length && !drop[i]; a++) {
                if (a == i || sp[2 * a] != sp[2 * i] || v.freq[side.ids[a]] <= v.freq[id]) {
                    continue;
                }
                for (int b = 0; b < side.ids.length && !drop[i]; b++) {
                    drop[i] = b != i && sp[2 * b + 1] == sp[2 * i + 1] && sp[2 * b] == sp[2 * a + 1] + 5
                            && v.freq[side.ids[b]] > v.freq[id];
                }
            }
        }
    }

    /**
     * Whether what a longer Korean or Japanese candidate adds after its start {@code head} is a candidate of the
     * memory: a title after a name (관방장관 of 스가 관방장관) is, and the name stays a term of the unit; a
     * given name after a family name (晋三 of 安倍晋三) is not, and the family name is part of the whole there.
     */
    private static boolean restIsTerm(Side side, Vocabulary v, int longer, int head) {
        String whole = v.keys.get(side.ids[longer]);
        String start = v.keys.get(side.ids[head]);
        return !whole.startsWith(start) || v.ids.containsKey(whole.substring(start.length()).trim());
    }

    /**
     * Whether what a longer candidate has before its end {@code tail} is a candidate of its own, found in more
     * than twice as many units as the longer one: a word the memory uses everywhere (한국 of 한국 대법원) only
     * says which one, so the end is a term of the unit too (대법원), as it is after a termbase concept.
     */
    private static boolean frequentBefore(Side side, Vocabulary v, int longer, int tail) {
        String whole = v.keys.get(side.ids[longer]);
        String end = v.keys.get(side.ids[tail]);
        if (!whole.endsWith(end)) {
            return false;
        }
        Integer head = v.ids.get(whole.substring(0, whole.length() - end.length()).trim());
        return head != null && v.freq[head] > 2 * v.freq[side.ids[longer]];
    }

    /**
     * Whether what a longer candidate adds to a shorter one, from {@code from} to {@code to}, is a termbase
     * concept: the rest of "Prime Minister Shinzo Abe" after "Prime Minister" is a known name, so the title is
     * a term of the unit of its own (as 관방장관 is after 스가).
     */
    private static boolean knownBetween(Side side, Vocabulary v, int from, int to) {
        for (int c = 0; c < side.ids.length; c++) {
            if (v.concept(side.ids[c]) && side.spans[2 * c] >= from && side.spans[2 * c + 1] <= to
                    && side.spans[2 * c + 1] - side.spans[2 * c] >= (to - from) / 2) {
                return true;
            }
        }
        return false;
    }

    /**
     * Links the unit's English and target candidates one to one, the most associated pairs first, neither
     * side overlapping a pair already linked; counts each link.
     */
    private static void link(Side en, Side target, Vocabulary ev, Vocabulary tv, PairCounts together, int minShared,
                             PairCounts links, Cues cues) {
        if (en.ids.length == 0 || target.ids.length == 0) {
            return;
        }
        // a concept of the termbase named on both sides is translated already: it takes no part, and does
        // not keep a longer candidate around it (日本製鉄 around 日本) from being linked
        java.util.Set<String> enConcepts = new java.util.HashSet<>();
        java.util.Set<String> targetConcepts = new java.util.HashSet<>();
        for (int e : en.ids) {
            if (ev.concept(e)) {
                enConcepts.add(ev.keys.get(e));
            }
        }
        for (int t : target.ids) {
            if (tv.concept(t)) {
                targetConcepts.add(tv.keys.get(t));
            }
        }
        List<double[]> pairs = new ArrayList<>();
        for (int a = 0; a < en.ids.length; a++) {
            int e = en.ids[a];
            boolean ec = ev.concept(e);
            if (ec && targetConcepts.contains(ev.keys.get(e))) {
                continue;
            }
            for (int b = 0; b < target.ids.length; b++) {
                int t = target.ids[b];
                boolean tc = tv.concept(t);
                if (tc && enConcepts.contains(tv.keys.get(t))) {
                    continue;
                }
                double shared = together.get(pair(e, t));
                if (shared < minShared) {
                    continue;
                }
                // "chief cabinet secretary Yoshihide Suga" for 관방장관, when 스가 is named apart: the title translates
                if ((!ec && composed(en, ev, a, targetConcepts, target, tv, b, true))
                        || (!tc && composed(target, tv, b, enConcepts, en, ev, a, false))) {
                    continue;
                }
                double value = 2 * shared / (ev.freq[e] + tv.freq[t]);
                if (!tc) { // a concept by the text it was found as
                    value += cues.bonus(ev, e, tv, t);
                }
                int length = en.spans[2 * a + 1] - en.spans[2 * a] + target.spans[2 * b + 1] - target.spans[2 * b];
                pairs.add(new double[] {value, shared, length, a, b});
            }
        }
        // most associated first; then the pair seen together more often; then the longer
        pairs.sort((x, y) -> x[0] != y[0] ? Double.compare(y[0], x[0]) : x[1] != y[1] ? Double.compare(y[1], x[1])
                : Double.compare(y[2], x[2]));
        List<int[]> usedEn = new ArrayList<>();
        List<int[]> usedTarget = new ArrayList<>();
        for (double[] p : pairs) {
            int a = (int) p[3];
            int b = (int) p[4];
            if (overlapsAny(en.spans, a, usedEn) || overlapsAny(target.spans, b, usedTarget)) {
                continue;
            }
            usedEn.add(new int[] {en.spans[2 * a], en.spans[2 * a + 1]});
            usedTarget.add(new int[] {target.spans[2 * b], target.spans[2 * b + 1]});
            links.increment(pair(en.ids[a], target.ids[b]));
        }
    }

    /**
     * Whether candidate {@code i} is another candidate and a termbase concept beside it, one space apart
     * ("chief cabinet secretary" and "Yoshihide Suga"), the concept named on the other side too, but not in the
     * partner candidate {@code j} (or an English title before a name, whatever the partner): the pair then says
     * no more than the candidate without the concept.
     */
    private static boolean composed(Side side, Vocabulary v, int i, java.util.Set<String> otherConcepts, Side other,
                                    Vocabulary ov, int j, boolean english) {
        int s = side.spans[2 * i];
        int e = side.spans[2 * i + 1];
        for (int c = 0; c < side.ids.length; c++) {
            if (c == i || !v.concept(side.ids[c]) || !otherConcepts.contains(v.keys.get(side.ids[c]))) {
                continue;
            }
            int cs = side.spans[2 * c];
            int ce = side.spans[2 * c + 1];
            // the rest: the candidate without the concept and the space (or nothing, in Japanese) between
            int rest = -1;
            for (int gap = 0; gap <= 1 && rest < 0; gap++) {
                int restStart = cs == s ? ce + gap : s;
                int restEnd = cs == s ? e : cs - gap;
                if (cs < s || ce > e || (cs != s && ce != e) || restEnd <= restStart) {
                    continue;
                }
                for (int r = 0; r < side.ids.length && rest < 0; r++) {
                    if (r != i && !v.concept(side.ids[r]) && side.spans[2 * r] == restStart
                            && side.spans[2 * r + 1] == restEnd) {
                        rest = r;
                    }
                }
            }
            if (rest < 0) {
                continue;
            }
            // the partner names the concept too ("Abe administration" and 아베 정부): the two agree
            String key = v.keys.get(side.ids[c]);
            boolean inPartner = false;
            for (int o = 0; o < other.ids.length && !inPartner; o++) {
                inPartner = ov.concept(other.ids[o]) && ov.keys.get(other.ids[o]).equals(key)
                        && other.spans[2 * o] >= other.spans[2 * j] && other.spans[2 * o + 1] <= other.spans[2 * j + 1];
            }
            // but an English title and a name are two terms whatever the partner: the title before a known name
            // ("Prime Minister Shinzo Abe" and 安倍晋三首相: 首相 is the term), or a known title before a name
            // ("chief cabinet secretary Yoshihide Suga" and 菅義偉官房長官: 菅義偉 is)
            boolean name = Character.isUpperCase(v.surfaces.get(side.ids[rest]).codePointAt(0));
            if (!inPartner || (english && (ce == e || name))) {
                return true;
            }
        }
        return false;
    }

    /** What a pair gains for looking like a translation by form ({@link Transliteration}), worked out once a pair. */
    private static final class Cues {
        final LongDoubleMap cache = new LongDoubleMap(1 << 14);

        double bonus(Vocabulary ev, int e, Vocabulary tv, int t) {
            long key = pair(e, t);
            double known = cache.get(key, -1);
            if (known < 0) {
                known = Transliteration.cue(ev.surfaces.get(e), tv.surfaces.get(t), tv.readings.get(t)) ? CUE_BONUS : 0;
                cache.put(key, known);
            }
            return known;
        }
    }

    /**
     * How strongly an English candidate and its translation go together: the Dice coefficient of the links; but
     * for a translation that renders the English by its form (서울 for Seoul), the share of the translation's
     * units it was linked in: that the English is often translated otherwise (Seoul as 한국, the government) says
     * nothing against the pair.
     */
    private static double association(Cues cues, Vocabulary ev, int e, Vocabulary tv, int t, int links, int minShared) {
        double dice = 2.0 * links / (ev.freq[e] + tv.freq[t]);
        return formCue(cues, ev, e, tv, t, links, minShared) ? Math.max(dice, (double) links / tv.freq[t]) : dice;
    }

    /** Whether a translation linked at least {@code minShared} times renders the English by its form. */
    private static boolean formCue(Cues cues, Vocabulary ev, int e, Vocabulary tv, int t, int links, int minShared) {
        return links >= minShared && !ev.concept(e) && !tv.concept(t) && cues.bonus(ev, e, tv, t) > 0;
    }

    /**
     * Whether translation {@code t}, linked {@code links} times to English candidate {@code e}, is a better one
     * for it than {@code best}, linked {@code bestLinks} times: one that renders the English by its form (서울 for
     * Seoul) first, however often the English was translated otherwise (한국 for Seoul, the government); then
     * the more links; then the rarer candidate; then the first key.
     */
    private static boolean betterTranslation(Cues cues, Vocabulary ev, int e, Vocabulary tv, int t, int links, int best,
                                             int bestLinks, int minShared) {
        int c = Boolean.compare(formCue(cues, ev, e, tv, t, links, minShared),
                formCue(cues, ev, e, tv, best, bestLinks, minShared));
        if (c == 0) {
            c = Integer.compare(links, bestLinks);
        }
        if (c == 0) {
            c = Integer.compare(tv.freq[best], tv.freq[t]);
        }
        return c != 0 ? c > 0 : tv.keys.get(t).compareTo(tv.keys.get(best)) < 0;
    }

    private static boolean overlapsAny(int[] spans, int i, List<int[]> used) {
        int s = spans[2 * i];
        int e = spans[2 * i + 1];
        for (int[] u : used) {
            if (s < u[1] && u[0] < e) {
                return true;
            }
        }
        return false;
    }

    /** Up to two units where the English and its translations occur together (all three if any). */
    private static List<TranslationUnit> examples(List<TranslationUnit> units, Side[][] sides, int e, int k, int j) {
        List<TranslationUnit> best = new ArrayList<>(2);
        List<TranslationUnit> some = new ArrayList<>(2);
        for (int u = 0; u < sides.length && best.size() < 2; u++) {
            Side[] s = sides[u];
            if (s == null || !contains(s[0].ids, e)) {
                continue;
            }
            boolean hk = k < 0 || contains(s[1].ids, k);
            boolean hj = j < 0 || contains(s[2].ids, j);
            if (hk && hj) {
                best.add(units.get(u));
            } else if ((hk || hj) && some.size() < 2) {
                some.add(units.get(u));
            }
        }
        for (TranslationUnit u : some) {
            if (best.size() < 2) {
                best.add(u);
            }
        }
        return best;
    }

    private static boolean contains(int[] ids, int id) {
        for (int x : ids) {
            if (x == id) {
                return true;
            }
        }
        return false;
    }

    /** General news English (NTREX-128): in how many of its sentences each English candidate occurs. */
    private static final class Reference {
        static final int SENTENCES = NtrexCorpus.sentences(Language.EN).size();
        static final Map<String, Integer> FREQUENCIES = frequencies();

        private static Map<String, Integer> frequencies() {
            Map<String, Integer> out = new HashMap<>();
            TermCandidates extractor = new TermCandidates("", "");
            for (String s : NtrexCorpus.sentences(Language.EN)) {
                for (TermCandidates.Candidate c : extractor.extract(Language.EN, s)) {
                    out.merge(c.key(), 1, Integer::sum);
                }
            }
            return out;
        }
    }

    /** The concept's preferred term in the language (an approved one when none is marked preferred). */
    static String preferred(Concept c, Language lang) {
        Term fallback = null;
        for (Term t : c.termsIn(lang.code())) {
            if (t.status() == TermStatus.PREFERRED) {
                return t.text();
            }
            if (fallback == null && !t.status().discouraged()) {
                fallback = t;
            }
        }
        return fallback == null ? null : fallback.text();
    }

    /** Whether the text is one of the concept's terms (case, width and spacing folded). */
    static boolean isTermOf(Concept c, Language lang, String text, boolean anyStatus) {
        if (text == null) {
            return false;
        }
        String key = TextNormalizer.compactKey(text, true);
        for (Term t : c.termsIn(lang.code())) {
            if ((anyStatus || !t.status().discouraged()) && TextNormalizer.compactKey(t.text(), true).equals(key)) {
                return true;
            }
        }
        return false;
    }

    /** The document a unit comes from (its x-document prop), or "" when it does not say. */
    static String document(TranslationUnit u) {
        for (TranslationUnit.Prop p : u.props()) {
            if (p.type().equals("x-document")) {
                return p.value();
            }
        }
        return "";
    }

    static String text(TranslationUnit u, Language l) {
        for (Map.Entry<String, String> e : u.texts().entrySet()) {
            if (Language.ofTag(e.getKey()) == l) {
                String s = e.getValue();
                return s == null || s.isBlank() ? null : s;
            }
        }
        return null;
    }
}
