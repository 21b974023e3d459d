package io.triglot.segment;

import io.triglot.lang.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.ISegmenter;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.Range;
import net.sf.okapi.lib.segmentation.SRXDocument;

/**
 * Splits text into sentences with Okapi's SRX engine and the rules in {@code triglot.srx}: English
 * abbreviations and numbers, Korean quotative endings ("…"라고 말했다), Japanese quotes (「はい。」と言った).
 * Not thread-safe: use one per thread.
 */
public final class SentenceSegmenter {
    /** The rules shipped in the jar. */
    public static final String RULES = "/io/triglot/segment/triglot.srx";

    private final Map<Language, ISegmenter> segmenters = new EnumMap<>(Language.class);

    /** A sentence and where it is in the text it came from. */
    public record Sentence(String text, int start, int end) {
    }

    /** A segmenter with the shipped rules. */
    public static SentenceSegmenter withShippedRules() {
        try (InputStream in = SentenceSegmenter.class.getResourceAsStream(RULES)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RULES);
            }
            SRXDocument doc = new SRXDocument();
            doc.loadRules(in);
            if (doc.hasWarning()) {
                throw new IllegalStateException("SRX rules: " + doc.getWarning());
            }
            return new SentenceSegmenter(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SentenceSegmenter(SRXDocument doc) {
        for (Language l : Language.values()) {
            segmenters.put(l, doc.compileLanguageRules(LocaleId.fromString(l.regionTag()), null));
        }
    }

    /**
     * The sentences of one paragraph, trimmed, with offsets into it. White space inside a sentence is kept
     * as written; empty pieces are dropped.
     */
    public List<Sentence> split(Language lang, String paragraph) {
        List<Sentence> out = new ArrayList<>();
        if (paragraph.isBlank()) {
            return out;
        }
        ISegmenter seg = segmenters.get(lang);
        seg.computeSegments(paragraph);
        for (Range r : seg.getRanges()) {
            int s = r.start;
            int e = Math.min(r.end, paragraph.length());
            while (s < e && Character.isWhitespace(paragraph.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(paragraph.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                out.add(new Sentence(paragraph.substring(s, e), s, e));
            }
        }
        return out;
    }

    /** Just the sentence texts. */
    public List<String> sentences(Language lang, String paragraph) {
        return split(lang, paragraph).stream().map(Sentence::text).toList();
    }
}
