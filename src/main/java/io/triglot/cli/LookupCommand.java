package io.triglot.cli;

import io.triglot.index.TermIndex;
import io.triglot.index.TermMatch;
import io.triglot.index.TermMatcher;
import io.triglot.lang.Language;
import io.triglot.model.Concept;
import io.triglot.model.Term;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code triglot lookup}: glossary concepts whose terms occur in a text, through inflection and spacing. */
@Command(name = "lookup", mixinStandardHelpOptions = true, versionProvider = Version.class,
        header = "Find glossary terms in a term or sentence, in any inflected form.",
        description = {"Finds every concept whose English, Korean or Japanese terms occur in TEXT: Korean "
                + "particles and endings (지소미아를), Japanese particles without spaces (ホワイト国から), full- and "
                + "half-width forms, English case, plurals, stems, hyphens and spacing (white-listed, whitelist). "
                + "Offsets count Unicode code points. A deprecated or forbidden match names its preferred replacement."},
        footerHeading = "%nExamples:%n",
        footer = {"  triglot lookup 지소미아를", "  triglot lookup 'GSOMIAの破棄をめぐり'",
                "  triglot lookup --lang en --format json 'Seoul was white-listed'",
                "  echo '청와대는 지소미아 종료를 발표했다' | triglot lookup -"})
final class LookupCommand implements Callable<Integer> {
    /** Which analyses to run. */
    enum LangChoice { auto, en, ko, ja }

    @Parameters(paramLabel = "TEXT", arity = "1..*", description = "Term or text to look up; '-' reads standard input.")
    List<String> text;

    @Option(names = "--lang", paramLabel = "LANG", defaultValue = "auto",
            description = "Language of TEXT: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}, by script).")
    LangChoice lang;

    @Mixin
    IndexOption index;

    @Mixin
    FormatOption format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String query = text.size() == 1 && text.get(0).equals("-")
                ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8).strip()
                : String.join(" ", text);
        Set<Language> langs = lang == LangChoice.auto ? null : EnumSet.of(Language.parse(lang.name()));
        List<TermMatch> matches;
        try (TermIndex idx = TermIndex.open(index.dir)) {
            matches = new TermMatcher(idx).find(query, TermMatcher.Options.lookup(langs));
        }
        PrintWriter out = spec.commandLine().getOut();
        if (format.json()) {
            out.println(Json.write(toJson(query, matches)));
        } else {
            printText(out, query, matches);
        }
        return ExitCodes.OK;
    }

    static Map<String, Object> toJson(String query, List<TermMatch> matches) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("query", query);
        List<Object> ms = new ArrayList<>();
        for (TermMatch m : matches) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("conceptId", m.concept().id());
            j.put("matched", m.surface());
            j.put("start", query.codePointCount(0, m.start()));
            j.put("end", query.codePointCount(0, m.end()));
            j.put("lang", m.term().lang());
            j.put("term", m.term().text());
            j.put("status", m.term().status().code());
            if (m.caseMismatch()) {
                j.put("caseMismatch", true);
            }
            m.concept().replacementFor(m.term()).filter(r -> m.term().status().discouraged())
                    .ifPresent(r -> j.put("replacement", r.text()));
            if (m.concept().definition() != null) {
                j.put("definition", m.concept().definition());
            }
            List<Object> terms = new ArrayList<>();
            for (Term t : m.concept().termsByStatus()) {
                Map<String, Object> tj = new LinkedHashMap<>();
                tj.put("lang", t.lang());
                tj.put("text", t.text());
                tj.put("status", t.status().code());
                tj.put("type", t.type().code());
                if (t.usageNote() != null) {
                    tj.put("note", t.usageNote());
                }
                terms.add(tj);
            }
            j.put("terms", terms);
            ms.add(j);
        }
        o.put("matches", ms);
        return o;
    }

    static void printText(PrintWriter out, String query, List<TermMatch> matches) {
        if (matches.isEmpty()) {
            out.println("no glossary terms found");
            return;
        }
        for (TermMatch m : matches) {
            Concept c = m.concept();
            Term t = m.term();
            out.printf("%s  [%d,%d)  %s%n", m.surface(), query.codePointCount(0, m.start()),
                    query.codePointCount(0, m.end()), c.id());
            out.printf("  matched %s term \"%s\" (%s, %s)%s%n", t.lang(), t.text(), t.status().code(), t.type().code(),
                    m.caseMismatch() ? ", written in another case" : "");
            if (t.status().discouraged()) {
                c.replacementFor(t).ifPresent(r -> out.printf("  %s: use \"%s\"%n", t.status().code(), r.text()));
                if (t.usageNote() != null) {
                    out.printf("  note: %s%n", t.usageNote());
                }
            }
            String lastLang = null;
            for (Term x : c.termsByStatus()) {
                String langCol = x.lang().equals(lastLang) ? "" : x.lang();
                lastLang = x.lang();
                out.printf("    %-6s %-10s %s%n", langCol, x.status().code(), x.text());
            }
        }
    }
}
