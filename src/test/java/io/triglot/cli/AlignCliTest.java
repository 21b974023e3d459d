package io.triglot.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.triglot.TestFiles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AlignCliTest {
    @TempDir
    Path tmp;

    static final Path SAMPLES = Path.of("samples");

    @Test
    void presegmentedLinksInTheEvaluationFormat() {
        Path en = TestFiles.write(tmp, "en.txt", "Seoul pulls out of Gsomia pact with Tokyo.\n"
                + "Signed in November 2016, Gsomia is renewed automatically every year.\n"
                + "Saturday is 90 days before the renewal date of Nov. 23.\n"
                + "South Korea and Japan shared military intelligence 29 times.\n");
        Path ko = TestFiles.write(tmp, "ko.txt", "한국, 일본과의 지소미아 종료\n"
                + "2016년 11월 체결된 지소미아는 매년 자동 연장된다. 토요일은 11월 23일 연장일의 90일 전이다.\n"
                + "한국과 일본은 총 29차례 군사정보를 공유했다.\n");
        Cli r = Cli.run("align", "--presegmented", "--links", en.toString(), ko.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals(List.of("0:0", "1,2:1", "3:2"), r.out().lines().toList());
    }

    @Test
    void alignsAnArticleIntoTmx() throws Exception {
        String name = "keia-2020-08-25.txt";
        Path out = tmp.resolve("keia.tmx");
        Cli r = Cli.run("align", "--index", tmp.resolve("no-index").toString(), SAMPLES.resolve("en").resolve(name).toString(),
                SAMPLES.resolve("ko").resolve(name).toString(), SAMPLES.resolve("ja").resolve(name).toString(), "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("align: keia-2020-08-25: sentences en "), r.out());
        String xml = Files.readString(out);
        assertTrue(xml.contains("<tuv xml:lang=\"ko-KR\">"));
        assertTrue(xml.contains("<prop type=\"x-document\">keia-2020-08-25</prop>"));
    }

    @Test
    void badInputIsOneLineAndNothingIsWritten() throws Exception {
        Path out = tmp.resolve("x.tmx");
        Path empty = TestFiles.write(tmp, "empty.txt", " \n\n\t\n");
        Path en = SAMPLES.resolve("en/keia-2020-08-25.txt");
        Cli r = Cli.run("align", empty.toString(), en.toString(), en.toString(), "-o", out.toString());
        assertEquals(2, r.code());
        assertEquals("triglot: " + empty + ": empty file\n", r.err());
        assertFalse(Files.exists(out));
        Path binary = TestFiles.writeBytes(tmp, "bin.txt", new byte[] {'a', 0, 'b', '\n'});
        Cli b = Cli.run("align", en.toString(), binary.toString(), en.toString(), "-o", out.toString());
        assertEquals(2, b.code());
        assertTrue(b.err().contains("binary file"), b.err());
        assertFalse(Files.exists(out));
        assertEquals(2, Cli.run("align", en.toString(), en.toString(), "-o", out.toString()).code(), "three files needed");
        assertEquals(2, Cli.run("align", "--links", en.toString(), en.toString()).code(), "--links needs --presegmented");
    }

    @Test
    void wrongLanguageForItsSlotIsAWarning() {
        Path en = SAMPLES.resolve("en/sankei-2019-11-23.txt");
        Path ja = SAMPLES.resolve("ja/sankei-2019-11-23.txt");
        Cli r = Cli.run("align", "--index", tmp.resolve("none").toString(), en.toString(), ja.toString(), ja.toString(),
                "-o", tmp.resolve("w.tmx").toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("warning: " + ja + ": expected Korean but the text looks Japanese"), r.err());
    }

    @Test
    void bomCrlfAndTextWithoutSentenceEnds() throws Exception {
        Path en = TestFiles.writeBytes(tmp, "en.txt", "\uFEFFGSOMIA ends\r\n\r\nTokyo regrets the decision\r\n"
                .getBytes(StandardCharsets.UTF_8));
        Path ko = TestFiles.write(tmp, "ko.txt", "지소미아 종료\n\n일본, 결정에 유감\n");
        Path ja = TestFiles.write(tmp, "ja.txt", "GSOMIA破棄\n\n日本政府、決定に遺憾\n");
        Path out = tmp.resolve("nb.tmx");
        Cli r = Cli.run("align", "--index", tmp.resolve("none").toString(), en.toString(), ko.toString(), ja.toString(),
                "-o", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("no sentence-ending punctuation; each paragraph is one segment"), r.err());
        String xml = Files.readString(out);
        assertTrue(xml.contains("<seg>GSOMIA ends</seg>"), "BOM and CR removed: " + xml);
        assertTrue(xml.contains("<seg>일본, 결정에 유감</seg>"));
    }
}
