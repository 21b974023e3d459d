package io.triglot.align;

import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import io.triglot.segment.TextDocument;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Aligns English, Korean and Japanese versions of the same articles into three-language units: English is
 * aligned with Korean and with Japanese, and the links are joined through the English sentences they
 * share. Paragraphs are anchors: when two versions have the same number of paragraphs, sentences are only
 * linked within matching paragraphs.
 */
public final class ThreeWayAligner {
    /** One article in three languages (Korean or Japanese may be missing). */
    public record Article(String id, TextDocument en, TextDocument ko, TextDocument ja) {
    }

    /** Units of one article with the links they came from. */
    public record Result(String article, List<TranslationUnit> units, List<Link> enKo, List<Link> enJa) {
    }

    private final Function<String, Set<String>> enConcepts;
    private final Function<String, Set<String>> koConcepts;
    private final Function<String, Set<String>> jaConcepts;
    private final List<String> knownEn;
    private final Map<Language, List<String>> known;

    /**
     * @param concepts glossary concepts per language (may be null)
     * @param knownEn  English sentences with known translations, to train the lexicon (may be empty)
     * @param known    their Korean and Japanese translations
     */
    public ThreeWayAligner(Map<Language, Function<String, Set<String>>> concepts, List<String> knownEn,
                           Map<Language, List<String>> known) {
        this.enConcepts = concepts == null ? null : concepts.get(Language.EN);
        this.koConcepts = concepts == null ? null : concepts.get(Language.KO);
        this.jaConcepts = concepts == null ? null : concepts.get(Language.JA);
        this.knownEn = knownEn;
        this.known = known;
    }

    /** Aligns all articles together, so the lexicon learns from all of them. */
    public List<Result> align(List<Article> articles) {
        Map<String, List<Link>> ko = alignPair(articles, Language.KO, koConcepts);
        Map<String, List<Link>> ja = alignPair(articles, Language.JA, jaConcepts);
        List<Result> out = new ArrayList<>();
        for (Article a : articles) {
            List<Link> lk = ko.getOrDefault(a.id(), List.of());
            List<Link> lj = ja.getOrDefault(a.id(), List.of());
            out.add(new Result(a.id(), join(a, lk, lj), lk, lj));
        }
        return out;
    }

    private Map<String, List<Link>> alignPair(List<Article> articles, Language t, Function<String, Set<String>> tc) {
        List<List<String>> sources = new ArrayList<>();
        List<List<String>> targets = new ArrayList<>();
        List<int[]> owner = new ArrayList<>(); // article index, en offset, target offset
        for (int k = 0; k < articles.size(); k++) {
            Article a = articles.get(k);
            TextDocument td = t == Language.KO ? a.ko() : a.ja();
            if (td == null) {
                continue;
            }
            List<List<String>> ep = a.en().paragraphs();
            List<List<String>> tp = td.paragraphs();
            if (ep.size() == tp.size()) {
                int eo = 0;
                int to = 0;
                for (int p = 0; p < ep.size(); p++) {
                    sources.add(ep.get(p));
                    targets.add(tp.get(p));
                    owner.add(new int[] {k, eo, to});
                    eo += ep.get(p).size();
                    to += tp.get(p).size();
                }
            } else {
                sources.add(a.en().sentences());
                targets.add(td.sentences());
                owner.add(new int[] {k, 0, 0});
            }
        }
        BootstrappedAligner aligner = new BootstrappedAligner(Language.EN, t, enConcepts, tc);
        List<List<Link>> links = aligner.align(sources, targets, knownEn, known.getOrDefault(t, List.of()));
        Map<String, List<Link>> out = new LinkedHashMap<>();
        for (int b = 0; b < links.size(); b++) {
            int[] o = owner.get(b);
            List<Link> dest = out.computeIfAbsent(articles.get(o[0]).id(), x -> new ArrayList<>());
            for (Link l : links.get(b)) {
                dest.add(new Link(l.source().stream().map(i -> i + o[1]).toList(),
                        l.target().stream().map(j -> j + o[2]).toList(), l.score()));
            }
        }
        return out;
    }

    /** Joins en-ko and en-ja links through shared English sentences into units, in document order. */
    static List<TranslationUnit> join(Article a, List<Link> enKo, List<Link> enJa) {
        List<String> en = a.en().sentences();
        List<String> ko = a.ko() == null ? List.of() : a.ko().sentences();
        List<String> ja = a.ja() == null ? List.of() : a.ja().sentences();
        int n = en.size();
        int nk = ko.size();
        // nodes: en 0..n-1, ko n..n+nk-1, ja n+nk..
        int[] parent = new int[n + nk + ja.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        double[] order = new double[parent.length];
        Map<Integer, List<Link>> linksOf = new HashMap<>();
        joinLinks(enKo, n, parent, order, linksOf);
        joinLinks(enJa, n + nk, parent, order, linksOf);
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int v = 0; v < parent.length; v++) {
            members.computeIfAbsent(find(parent, v), r -> new ArrayList<>()).add(v);
        }
        // document order: by the English position a group starts at; untranslated target sentences sit
        // just after the English sentence before them; ties keep node order (Korean before Japanese)
        List<List<Integer>> groups = new ArrayList<>(members.values());
        groups.sort(Comparator.comparingDouble((List<Integer> g) -> g.stream().mapToDouble(v -> order[v]).min().orElse(0))
                .thenComparingInt(g -> g.stream().mapToInt(Integer::intValue).min().orElse(0)));
        Set<Link> koLinks = identitySet(enKo);
        Set<Link> jaLinks = identitySet(enJa);
        List<TranslationUnit> units = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (List<Integer> g : groups) {
            g.sort(Comparator.naturalOrder());
            List<String> e = new ArrayList<>();
            List<String> k = new ArrayList<>();
            List<String> j = new ArrayList<>();
            Set<Link> links = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<Link> ordered = new ArrayList<>();
            for (int v : g) {
                if (v < n) {
                    e.add(en.get(v));
                } else if (v < n + nk) {
                    k.add(ko.get(v - n));
                } else {
                    j.add(ja.get(v - n - nk));
                }
                for (Link l : linksOf.getOrDefault(v, List.of())) {
                    if (links.add(l)) {
                        ordered.add(l);
                    }
                }
            }
            Map<String, String> texts = new LinkedHashMap<>();
            if (!e.isEmpty()) {
                texts.put(Language.EN.regionTag(), String.join(" ", e));
            }
            if (!k.isEmpty()) {
                texts.put(Language.KO.regionTag(), String.join(" ", k));
            }
            if (!j.isEmpty()) {
                texts.put(Language.JA.regionTag(), String.join("", j));
            }
            List<TranslationUnit.Prop> props = new ArrayList<>();
            props.add(new TranslationUnit.Prop("x-document", a.id()));
            String koType = type(ordered, koLinks);
            String jaType = type(ordered, jaLinks);
            if (koType != null) {
                props.add(new TranslationUnit.Prop("x-link-en-ko", koType));
            }
            if (jaType != null) {
                props.add(new TranslationUnit.Prop("x-link-en-ja", jaType));
            }
            double score = ordered.stream().mapToDouble(Link::score).average().orElse(0);
            props.add(new TranslationUnit.Prop("x-align-score", String.format(Locale.ROOT, "%.3f", score)));
            String id = tuid(a.id(), texts);
            int dup = seen.merge(id, 1, Integer::sum);
            units.add(new TranslationUnit(dup == 1 ? id : id + "-" + dup, texts, props));
        }
        return units;
    }

    /** The link types of a unit in one pair: {@code 1-1}, or {@code 2-1+1-0} when several links joined. */
    private static String type(List<Link> unitLinks, Set<Link> pairLinks) {
        List<String> types = new ArrayList<>();
        for (Link l : unitLinks) {
            if (pairLinks.contains(l)) {
                types.add(l.type());
            }
        }
        return types.isEmpty() ? null : String.join("+", types);
    }

    private static Set<Link> identitySet(List<Link> links) {
        Set<Link> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        out.addAll(links);
        return out;
    }

    private static void joinLinks(List<Link> links, int offset, int[] parent, double[] order,
                                  Map<Integer, List<Link>> linksOf) {
        double lastEn = -1;
        for (Link l : links) {
            List<Integer> nodes = new ArrayList<>(l.source());
            l.target().forEach(t -> nodes.add(offset + t));
            if (!l.source().isEmpty()) {
                lastEn = l.source().get(0);
            }
            for (int t : l.target()) {
                order[offset + t] = l.source().isEmpty() ? lastEn + 0.5 : l.source().get(0);
            }
            for (int v : nodes) {
                linksOf.computeIfAbsent(v, x -> new ArrayList<>()).add(l);
                union(parent, nodes.get(0), v);
            }
        }
    }

    private static int find(int[] parent, int v) {
        while (parent[v] != v) {
            parent[v] = parent[parent[v]];
            v = parent[v];
        }
        return v;
    }

    private static void union(int[] parent, int a, int b) {
        int ra = find(parent, a);
        int rb = find(parent, b);
        if (ra != rb) {
            parent[Math.max(ra, rb)] = Math.min(ra, rb);
        }
    }

    /** A tuid stable across runs: a hash of the document and the unit's texts. */
    static String tuid(String document, Map<String, String> texts) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(document.getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, String> e : texts.entrySet()) {
                md.update((byte) 0);
                md.update(e.getKey().getBytes(StandardCharsets.UTF_8));
                md.update((byte) 0);
                md.update(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(md.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
