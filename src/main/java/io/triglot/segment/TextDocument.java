package io.triglot.segment;

import io.triglot.io.InputException;
import io.triglot.io.TextFiles;
import io.triglot.lang.Language;
import io.triglot.lang.Scripts;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A plain-text article cut into paragraphs and sentences. Paragraphs are separated by blank lines; a file
 * without blank lines has one paragraph per line. Line breaks inside a paragraph join with a space
 * (nothing in Japanese). CRLF and a BOM are accepted.
 *
 * @param paragraphs sentences of each paragraph
 * @param warnings   things a user should know (wrong script for its slot, no sentence ends)
 */
public record TextDocument(Path path, Language language, List<List<String>> paragraphs, List<String> warnings) {

    /** All sentences in order. */
    public List<String> sentences() {
        List<String> out = new ArrayList<>();
        paragraphs.forEach(out::addAll);
        return out;
    }

    public int sentenceCount() {
        return paragraphs.stream().mapToInt(List::size).sum();
    }

    /** Reads and segments a file. Empty files and files in no script of ours are bad input. */
    public static TextDocument read(Path path, Language lang, SentenceSegmenter segmenter) {
        String text = TextFiles.read(path).replace("\r\n", "\n").replace('\r', '\n');
        return parse(path, text, lang, segmenter);
    }

    /** Segments already-read text. */
    public static TextDocument parse(Path path, String text, Language lang, SentenceSegmenter segmenter) {
        List<String> warnings = new ArrayList<>();
        Language seen = Scripts.dominant(text);
        if (seen == null) {
            throw new InputException(path, 0, "no English, Korean or Japanese text");
        }
        if (seen != lang) {
            warnings.add(path + ": expected " + name(lang) + " but the text looks " + name(seen));
        }
        List<String> blocks = new ArrayList<>();
        boolean blankLines = text.strip().contains("\n\n") || text.strip().matches("(?s).*\\n[ \\t\\u3000]+\\n.*");
        String joiner = lang == Language.JA ? "" : " ";
        if (blankLines) {
            for (String block : text.split("\\n[ \\t\\u3000]*\\n")) {
                String p = String.join(joiner, block.strip().lines().map(String::strip).toList());
                if (!p.isBlank()) {
                    blocks.add(p);
                }
            }
        } else {
            text.lines().map(String::strip).filter(l -> !l.isEmpty()).forEach(blocks::add);
        }
        List<List<String>> paragraphs = new ArrayList<>();
        boolean anyEnd = false;
        for (String b : blocks) {
            List<String> sentences = segmenter.sentences(lang, b);
            if (!sentences.isEmpty()) {
                paragraphs.add(sentences);
            }
            anyEnd |= b.matches("(?s).*[.?!。？！…」”\"].*");
        }
        if (!anyEnd) {
            warnings.add(path + ": no sentence-ending punctuation; each paragraph is one segment");
        }
        return new TextDocument(path, lang, paragraphs, warnings);
    }

    private static String name(Language l) {
        return switch (l) {
            case EN -> "English";
            case KO -> "Korean";
            case JA -> "Japanese";
        };
    }
}
