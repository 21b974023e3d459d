package io.triglot.bench;

import io.triglot.lang.Language;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The NTREX-128 development sentences shipped in the jar: 1,007 English news sentences with their
 * professional Korean and Japanese translations, line-aligned. NTREX-128 (Federmann, Kocmi and Xin, 2022),
 * CC BY-SA 4.0; see {@code ntrex-dev/README.md} and {@code LICENSE.md} beside the data.
 */
public final class NtrexCorpus {
    private static final String BASE = "/io/triglot/bench/ntrex-dev/";

    private NtrexCorpus() {
    }

    /** The sentences of one language, in file order. */
    public static List<String> sentences(Language lang) {
        return lines(lang.code() + ".txt");
    }

    /** The document id of each line. */
    public static List<String> documentIds() {
        return lines("docs.tsv");
    }

    private static List<String> lines(String name) {
        try (InputStream in = NtrexCorpus.class.getResourceAsStream(BASE + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BASE + name);
            }
            List<String> out = new ArrayList<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                out.add(line);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
