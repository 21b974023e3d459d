package io.triglot.index;

import static org.junit.jupiter.api.Assertions.assertEquals;

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

class ConsistencyReportTest {
    @TempDir
    Path tmp;

    static TranslationUnit unit(String id, String en, String ko) {
        Map<String, String> t = new LinkedHashMap<>();
        t.put("en-US", en);
        t.put("ko-KR", ko);
        return new TranslationUnit(id, t, List.of());
    }

    @Test
    void reportsSentencesConceptsAndDeprecatedTerms() throws Exception {
        Path dir = tmp.resolve("idx");
        TermIndex.replace(dir, TermbaseFiles.readAll(List.of(TestFiles.SEED_GLOSSARY)).termbase(), List.of());
        Path tmx = tmp.resolve("m.tmx");
        new TmxWriter("t", "en-US").write(List.of(
                unit("a", "Japan removed Korea from its white list.", "일본은 한국을 화이트리스트에서 제외했다."),
                unit("b", "Japan removed Korea from its white list.", "일본은 한국을 백색국가에서 제외했다."),
                unit("c", "Tokyo kept South Korea off the white list.", "일본은 한국을 화이트리스트에서 계속 뺐다."),
                unit("d", "The comfort women issue remains.", "종군위안부 문제가 남아 있다.")), tmx);
        TranslationMemory.add(dir, List.of(tmx), r -> { });
        ConsistencyReport.Result r = ConsistencyReport.run(dir, Language.KO);
        assertEquals(4, r.units());
        assertEquals(1, r.sentences().size());
        assertEquals(Map.of("일본은 한국을 화이트리스트에서 제외했다.", 1, "일본은 한국을 백색국가에서 제외했다.", 1),
                r.sentences().get(0).translations());
        ConsistencyReport.ConceptUsage wl = r.concepts().stream().filter(c -> c.conceptId().equals("white-list"))
                .findFirst().orElseThrow();
        assertEquals(Map.of("화이트리스트", 2, "백색국가", 1), wl.terms());
        assertEquals("admitted", wl.statuses().get("백색국가"));
        assertEquals("화이트리스트", wl.preferred());
        assertEquals(1, r.disagreements().size());
        ConsistencyReport.Disagreement d = r.disagreements().get(0);
        assertEquals(List.of("d", "comfort-women", "종군위안부", "forbidden"), List.of(d.tuid(), d.conceptId(), d.used(), d.status()));
    }
}
