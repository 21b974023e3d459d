package io.triglot.io.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.OmegaT;
import io.triglot.TestFiles;
import io.triglot.index.TranslationMemory;
import io.triglot.model.TranslationUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The round-trip corpus in {@code tmx/roundtrip/}: TMX written by OmegaT 3.6 (its level-1 TMX 1.1 and level-2
 * TMX 1.4 exports from a console-translate run), by Okapi 1.47's TMXWriter (inline codes), and by hand (props,
 * notes and attributes at every level, every inline element, TMX 1.1 {@code lang} in UTF-16 with a BOM). Each is
 * read, written and read again, and imported into an index and exported again: unit by unit, every text,
 * prop, note, attribute and inline tag comes back.
 */
class TmxRoundTripTest {
    @TempDir
    Path tmp;

    static Stream<Path> corpus() throws Exception {
        try (Stream<Path> s = Files.list(TestFiles.resource("tmx/roundtrip"))) {
            return s.sorted().toList().stream();
        }
    }

    static List<TranslationUnit> read(Path f) {
        List<TranslationUnit> out = new ArrayList<>();
        TmxReader.Summary s = TmxReader.read(f, out::add, r -> { throw new AssertionError(r.describe()); });
        assertFalse(s.truncated());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void writtenAgainLosesNothing(Path file) throws Exception {
        List<TranslationUnit> units = read(file);
        assertFalse(units.isEmpty());
        Path out = tmp.resolve("again.tmx");
        new TmxWriter("test", "en-US").write(units, out);
        assertEquals(units, read(out));
        if (OmegaT.installed() && OmegaT.xmllintInstalled()) {
            OmegaT.assertValidTmx(out, tmp);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void importedAndExportedAgainLosesNothing(Path file) {
        List<TranslationUnit> units = read(file);
        Path index = tmp.resolve("index");
        TranslationMemory.AddResult r = TranslationMemory.add(index, List.of(file), x -> { throw new AssertionError(x.describe()); });
        assertEquals(units.size(), r.units());
        List<TranslationUnit> back = new ArrayList<>();
        TranslationMemory.forEachUnit(index, null, back::add);
        assertEquals(units, back);
    }

    @Test
    void everyLevelIsKept() {
        TranslationUnit u = read(TestFiles.resource("tmx/roundtrip/hand-every-level.tmx")).get(0);
        assertEquals("desk-7", u.attributes().get("creationid"));
        assertEquals("3", u.attributes().get("usagecount"));
        assertEquals(List.of("A unit note, with <angle brackets> & an ampersand."), u.notes());
        assertEquals(List.of("en-US", "ko-KR", "ja"), List.copyOf(u.texts().keySet()));
        assertEquals("Seoul suspended its notice to end GSOMIA.", u.texts().get("en-US"), "codes are not text, hi is");
        TranslationUnit.Variant en = u.variants().get("en-US");
        assertEquals("writer-1", en.attributes().get("creationid"));
        assertEquals(List.of(new TranslationUnit.Prop("x-status", "final")), en.props());
        assertEquals(List.of("An English note."), en.notes());
        assertTrue(en.markup().startsWith("Seoul <bpt i=\"1\" type=\"bold\">&lt;b&gt;</bpt>suspended"), en.markup());
        assertTrue(u.variants().get("ja").markup().contains("<it pos=\"begin\" x=\"1\">&lt;i&gt;</it>"));
        TranslationUnit plain = read(TestFiles.resource("tmx/roundtrip/hand-every-level.tmx")).get(2);
        assertTrue(plain.variants().isEmpty(), "a plain segment needs nothing beside its text");
    }

    @Test
    void utf16WithBomAndTmx11Lang() {
        List<TranslationUnit> units = read(TestFiles.resource("tmx/roundtrip/hand-tmx11-utf16le-bom.tmx"));
        assertEquals(2, units.size());
        assertEquals("화이트리스트에는 27개국이 있었다.", units.get(0).texts().get("ko-KR"));
        assertEquals("Seoul gave notice on 22 August.", units.get(1).texts().get("en"));
    }
}
