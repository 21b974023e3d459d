package io.triglot.io.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import io.triglot.io.InputException;
import io.triglot.model.TranslationUnit;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxReaderTest {
    @TempDir
    Path tmp;

    @Test
    void readsTheShippedMemory() {
        List<TranslationUnit> units = new ArrayList<>();
        TmxReader.Summary s = TmxReader.read(Path.of("tmx", "gsomia.tmx"), units::add, r -> { });
        assertEquals(135, s.units());
        assertEquals(0, s.rejected());
        assertEquals(List.of("en-US", "ko-KR", "ja-JP"), List.copyOf(units.get(2).texts().keySet()));
        assertEquals("x-document", units.get(0).props().get(0).type());
    }

    @Test
    void toleratesOtherToolsAndReportsBadUnitsWithLines() {
        List<TranslationUnit> units = new ArrayList<>();
        List<TmxReader.Rejected> rejected = new ArrayList<>();
        TmxReader.Summary s = TmxReader.read(TestFiles.resource("tmx/edge-cases.tmx"), units::add, rejected::add);
        assertEquals(3, s.units());
        assertTrue(s.truncated());
        TranslationUnit inline = units.get(0);
        assertEquals("Press Save now.", inline.texts().get("en-US"), "inline codes dropped, TMX 1.1 lang read");
        assertEquals("저장을 누르세요.", inline.texts().get("ko-KR"), "hi keeps its text");
        assertTrue(units.get(1).tuid().matches("h[0-9a-f]{16}"), "a unit without tuid gets a content id");
        assertEquals("last", units.get(2).tuid());
        assertEquals(List.of(16, 19, 22, 31), rejected.stream().map(TmxReader.Rejected::line).toList());
        assertEquals("<tuv> without xml:lang", rejected.get(0).reason());
        assertEquals("unit without text", rejected.get(1).reason());
        assertTrue(rejected.get(2).reason().contains("unknown language code 'english'"));
        assertTrue(rejected.get(3).reason().startsWith("malformed XML, the rest of the file is skipped"));
    }

    @Test
    void refusesEntityTricksAndNonTmx() {
        Path xxe = TestFiles.write(tmp, "x.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n"
                + "<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&e;</seg></tuv></tu></body></tmx>");
        InputException e = assertThrows(InputException.class, () -> TmxReader.read(xxe, u -> { }, r -> { }));
        assertTrue(e.getMessage().contains("not allowed"), e.getMessage());
        Path tbx = TestFiles.write(tmp, "t.tmx", "<martif/>");
        assertTrue(assertThrows(InputException.class, () -> TmxReader.read(tbx, u -> { }, r -> { })).getMessage()
                .contains("not a TMX file"));
        Path empty = TestFiles.write(tmp, "e.tmx", "");
        assertEquals("empty file", assertThrows(InputException.class, () -> TmxReader.read(empty, u -> { }, r -> { })).getMessage());
    }
}
