package io.triglot.check;

import io.triglot.lang.Language;
import io.triglot.segment.SentenceSegmenter;
import java.util.ArrayList;
import java.util.List;

/**
 * A text under check: its paragraphs (blocks separated by blank lines; one per line in a file without blank
 * lines) with their offsets into the original, the headline, and line and column of any offset.
 */
public final class CheckedText {
    private final String file;
    private final String text;
    private final Language language;
    private final int[] lineStarts;
    private final List<Block> blocks;

    /**
     * A paragraph: {@code [start, end)} in the text; {@code headline} for the title lines at the top (the
     * headline, and the kicker, byline, date or page furniture around it: short lines that do not end like a
     * sentence, before the first paragraph that does).
     * {@link #text()} has the paragraph's line breaks as spaces, so offsets stay those of the original.
     */
    public record Block(int start, int end, String text, boolean headline) {
    }

    /** A 1-based line and column (columns count Unicode code points). */
    public record Position(int line, int column) {
    }

    /** A sentence of a block, with its offsets into the whole text. */
    public record Sentence(String text, int start, int end) {
    }

    public CheckedText(String file, String text, Language language) {
        this.file = file;
        this.text = text;
        this.language = language;
        int[] starts = new int[64];
        int lines = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            if (lines == starts.length) {
                starts = java.util.Arrays.copyOf(starts, lines * 2);
            }
            starts[lines++] = i + 1;
        }
        this.lineStarts = java.util.Arrays.copyOf(starts, lines);
        this.blocks = blocks(text, language);
    }

    public String file() {
        return file;
    }

    public String text() {
        return text;
    }

    public Language language() {
        return language;
    }

    public List<Block> blocks() {
        return blocks;
    }

    /** Line and column of a character offset. */
    public Position position(int offset) {
        int lo = 0;
        int hi = lineStarts.length - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        int start = lineStarts[lo];
        return new Position(lo + 1, text.codePointCount(start, Math.min(offset, text.length())) + 1);
    }

    /** The text of a 1-based line, without its line break. */
    public String line(int line) {
        int start = lineStarts[line - 1];
        int end = line < lineStarts.length ? lineStarts[line] - 1 : text.length();
        if (end > start && text.charAt(end - 1) == '\r') {
            end--;
        }
        return text.substring(start, Math.max(start, end));
    }

    /** The sentences of every paragraph, in order, with offsets into the text. */
    public List<List<Sentence>> sentences(SentenceSegmenter segmenter) {
        List<List<Sentence>> out = new ArrayList<>();
        for (Block b : blocks) {
            List<Sentence> ss = new ArrayList<>();
            for (SentenceSegmenter.Sentence s : segmenter.split(language, b.text())) {
                ss.add(new Sentence(s.text(), b.start() + s.start(), b.start() + s.end()));
            }
            if (!ss.isEmpty()) {
                out.add(ss);
            }
        }
        return out;
    }

    private static List<Block> blocks(String text, Language lang) {
        List<int[]> spans = new ArrayList<>();
        boolean blankLines = hasBlankLine(text);
        int i = 0;
        int n = text.length();
        while (i < n) {
            int lineEnd = text.indexOf('\n', i);
            if (lineEnd < 0) {
                lineEnd = n;
            }
            boolean blank = text.substring(i, lineEnd).isBlank();
            if (!blank) {
                if (blankLines && !spans.isEmpty() && spans.get(spans.size() - 1)[1] == i - 1) {
                    spans.get(spans.size() - 1)[1] = lineEnd; // same paragraph: the previous line ended just before
                } else {
                    spans.add(new int[] {i, lineEnd});
                }
            }
            i = lineEnd + 1;
        }
        List<Block> out = new ArrayList<>();
        boolean top = spans.size() > 1; // title lines at the top: headline, kicker, byline, date, page furniture
        for (int k = 0; k < spans.size(); k++) {
            int s = spans.get(k)[0];
            int e = spans.get(k)[1];
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e <= s) {
                continue;
            }
            String t = text.substring(s, e).replace('\r', ' ').replace('\n', ' ');
            top = top && isHeadline(t, lang);
            out.add(new Block(s, e, t, top));
        }
        return out;
    }

    private static boolean hasBlankLine(String text) {
        String t = text.strip();
        return t.matches("(?s).*\\n[ \\t\\u3000\\r]*\\n.*");
    }

    /**
     * A title line: short, not ending like a sentence (a question mark may end
     * a headline: "Why Did South Korea Walk Out Of The GSOMIA?"). A Markdown {@code #} title always is one.
     */
    static boolean isHeadline(String block, Language lang) {
        if (block.startsWith("#")) {
            return true;
        }
        String t = block.strip();
        char last = t.charAt(t.length() - 1);
        if (last == '.' || last == '。' || last == '!' || last == '！' || last == ':' || last == '：') {
            return false;
        }
        if (lang == Language.EN) {
            return t.split("\\s+").length <= 20;
        }
        return t.codePointCount(0, t.length()) <= 60;
    }
}
