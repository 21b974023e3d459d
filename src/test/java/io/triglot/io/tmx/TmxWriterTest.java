package io.triglot.io.tmx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.model.TranslationUnit;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.sf.okapi.common.Event;
import net.sf.okapi.common.LocaleId;
import net.sf.okapi.common.resource.ITextUnit;
import net.sf.okapi.common.resource.RawDocument;
import net.sf.okapi.filters.tmx.TmxFilter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TmxWriterTest {
    @TempDir
    Path tmp;

    static List<TranslationUnit> units() {
        Map<String, String> t1 = new LinkedHashMap<>();
        t1.put("en-US", "Seoul & Tokyo agreed on \"GSOMIA\" <again>.");
        t1.put("ko-KR", "한국과 일본은 지소미아에 다시 합의했다.");
        t1.put("ja-JP", "日韓はGSOMIAで再び合意した。");
        Map<String, String> t2 = new LinkedHashMap<>();
        t2.put("en-US", "The pact ends.");
        t2.put("ko-KR", "협정이 끝난다.");
        return List.of(new TranslationUnit("a1", t1, List.of(new TranslationUnit.Prop("x-document", "doc-1"),
                        new TranslationUnit.Prop("x-align-score", "0.930"))),
                new TranslationUnit("a2", t2, List.of(new TranslationUnit.Prop("x-document", "doc-1"))));
    }

    @Test
    void writesTmx14HeaderAndUnits() throws Exception {
        StringWriter w = new StringWriter();
        new TmxWriter("1.2.3", "en-US").write(units(), w);
        String xml = w.toString();
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"));
        assertTrue(xml.contains("<header creationtool=\"triglot\" creationtoolversion=\"1.2.3\" segtype=\"sentence\" "
                + "o-tmf=\"triglot\" adminlang=\"en-US\" srclang=\"en-US\" datatype=\"plaintext\"/>"));
        assertTrue(xml.contains("<seg>Seoul &amp; Tokyo agreed on &quot;GSOMIA&quot; &lt;again&gt;.</seg>"));
        assertTrue(xml.contains("<prop type=\"x-document\">doc-1</prop>"));
        assertTrue(!xml.contains("creationdate"), "no wall-clock dates");
    }

    @Test
    void okapisTmxFilterReadsItBackPerTargetLanguage() throws Exception {
        Path out = tmp.resolve("m.tmx");
        new TmxWriter("1.2.3", "en-US").write(units(), out);
        for (String target : List.of("ko-KR", "ja-JP")) {
            List<String[]> read = new ArrayList<>();
            try (TmxFilter filter = new TmxFilter();
                 RawDocument raw = new RawDocument(out.toUri(), "UTF-8", LocaleId.fromString("en-US"),
                         LocaleId.fromString(target))) {
                filter.open(raw);
                while (filter.hasNext()) {
                    Event e = filter.next();
                    if (e.isTextUnit()) {
                        ITextUnit tu = e.getTextUnit();
                        LocaleId tl = LocaleId.fromString(target);
                        read.add(new String[] {tu.getSource().toString(),
                                tu.hasTarget(tl) ? tu.getTarget(tl).toString() : null});
                    }
                }
            }
            assertEquals(2, read.size(), target);
            assertEquals("Seoul & Tokyo agreed on \"GSOMIA\" <again>.", read.get(0)[0]);
            assertEquals(units().get(0).texts().get(target), read.get(0)[1]);
        }
    }

    @Test
    void sameUnitsGiveByteIdenticalFiles() throws Exception {
        Path a = tmp.resolve("a.tmx");
        Path b = tmp.resolve("b.tmx");
        new TmxWriter("1", "en-US").write(units(), a);
        new TmxWriter("1", "en-US").write(units(), b);
        assertEquals(-1L, Files.mismatch(a, b));
    }
}
