package io.triglot.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** An OmegaT project on disk, as OmegaT 3.6's console modes read it: the comparison benchmark and the interop tests. */
public final class OmegaTProject {
    private OmegaTProject() {
    }

    /**
     * Creates a project in {@code dir} with the document in {@code source/document.txt}, the memory (if any) in
     * {@code tm/auto/} and the glossary (if any) in {@code glossary/}. Without sentence segmentation each
     * paragraph of the document (OmegaT's text filter splits on blank lines) is one segment.
     */
    public static Path create(Path dir, String sourceLang, String targetLang, boolean sentenceSegmentation, Path document,
                              Path memory, Path glossary) throws IOException {
        for (String d : List.of("source", "target", "tm/auto", "glossary", "omegat")) {
            Files.createDirectories(dir.resolve(d));
        }
        Files.copy(document, dir.resolve("source").resolve("document.txt"));
        if (memory != null) {
            Files.copy(memory, dir.resolve("tm").resolve("auto").resolve("memory.tmx"));
        }
        if (glossary != null) {
            Files.copy(glossary, dir.resolve("glossary").resolve("glossary.txt"));
        }
        Files.writeString(dir.resolve("omegat.project"), """
                <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
                <omegat>
                  <project version="1.0">
                    <source_dir>__DEFAULT__</source_dir>
                    <target_dir>__DEFAULT__</target_dir>
                    <tm_dir>__DEFAULT__</tm_dir>
                    <glossary_dir>__DEFAULT__</glossary_dir>
                    <glossary_file>__DEFAULT__</glossary_file>
                    <dictionary_dir>__DEFAULT__</dictionary_dir>
                    <source_lang>%s</source_lang>
                    <target_lang>%s</target_lang>
                    <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
                    <target_tok>org.omegat.tokenizer.LuceneCJKTokenizer</target_tok>
                    <sentence_seg>%s</sentence_seg>
                    <support_default_translations>true</support_default_translations>
                    <remove_tags>false</remove_tags>
                  </project>
                </omegat>
                """.formatted(sourceLang, targetLang, sentenceSegmentation), StandardCharsets.UTF_8);
        return dir;
    }
}
