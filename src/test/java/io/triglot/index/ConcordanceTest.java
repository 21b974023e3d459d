package io.triglot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.io.TermbaseFiles;
import io.triglot.io.tmx.TmxWriter;
import io.triglot.lang.Language;
import io.triglot.model.TranslationUnit;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConcordanceTest {
    @TempDir
    Path tmp;

    static TranslationUnit unit(String id, String en, String ko, String ja) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("en-US", en);
        t.put("ko-KR", ko);
        t.put("ja-JP", ja);
        return new TranslationUnit(id, t, List.of(new TranslationUnit.Prop("x-document", "test")));
    }

    Path index() throws Exception {
        Path dir = tmp.resolve("idx");
        TermIndex.replace(dir, TermbaseFiles.readAll(List.of(TestFiles.SEED_GLOSSARY)).termbase(), List.of());
        Path tmx = tmp.resolve("c.tmx");
        new TmxWriter("t", "en-US").write(List.of(
                unit("u1", "Japan removed Seoul from its white list.", "청와대는 지소미아를 종료했다.", "日本は韓国をホワイト国から除外した。"),
                unit("u2", "Seoul was white-listed again.", "정부는 지소미아 종료를 유예했다.", "政府はGSOMIAの破棄を見送った。"),
                unit("u3", "The pact ends.", "협정이 끝난다.", "協定が終わる。")), tmx);
        TranslationMemory.add(dir, List.of(tmx), r -> { });
        return dir;
    }

    @Test
    void findsInflectedFormsInContextWithTranslations() throws Exception {
        try (Concordance c = new Concordance(index())) {
            List<Concordance.Line> ja = c.find("ホワイト国", Language.JA, 40, 10);
            assertEquals(1, ja.size());
            assertEquals("日本は韓国を", ja.get(0).left());
            assertEquals("ホワイト国", ja.get(0).match());
            assertEquals("から除外した。", ja.get(0).right());
            assertEquals("Japan removed Seoul from its white list.", ja.get(0).translations().get("en-US"));

            List<Concordance.Line> ko = c.find("지소미아", Language.KO, 40, 10);
            assertEquals(List.of("지소미아", "지소미아"), ko.stream().map(Concordance.Line::match).toList());
            assertEquals("를 종료했다.", ko.get(0).right());

            List<Concordance.Line> en = c.find("white list", Language.EN, 40, 10);
            assertEquals(List.of("white list", "white-listed"), en.stream().map(Concordance.Line::match).toList());
            assertTrue(c.find("trade war", Language.EN, 40, 10).isEmpty());
        }
    }
}
