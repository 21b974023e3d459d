package io.triglot.check;

import io.triglot.model.Finding;
import io.triglot.model.Severity;
import java.io.PrintWriter;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The findings of a run for people (grouped by file, the line with a caret under the match), as JSON
 * ({@code {"findings": [...]}}), and as SARIF 2.1.0 for code-scanning tools (rules with their
 * descriptions, results with regions in code points, replacements as fixes).
 */
public final class FindingsReport {
    private static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
    /** Context shown on each side of a match in text output, in columns. */
    private static final int CONTEXT = 50;

    private FindingsReport() {
    }

    /** Counts per severity. */
    public static Map<Severity, Integer> counts(List<Finding> findings) {
        Map<Severity, Integer> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, 0);
        }
        findings.forEach(f -> out.merge(f.severity(), 1, Integer::sum));
        return out;
    }

    /** {@code {"findings": [...], "summary": {...}}}, each finding with the fields of {@link Finding}. */
    public static Map<String, Object> json(CheckRun.Report r) {
        List<Object> fs = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("file", f.file());
            j.put("line", f.line());
            j.put("column", f.column());
            j.put("endLine", f.endLine());
            j.put("endColumn", f.endColumn());
            j.put("rule", f.rule());
            j.put("severity", f.severity().code());
            j.put("text", f.text());
            j.put("message", f.message());
            j.put("suggestion", f.suggestion());
            if (f.conceptId() != null) {
                j.put("concept", f.conceptId());
            }
            fs.add(j);
        }
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("findings", fs);
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", r.files());
        counts(r.findings()).forEach((s, n) -> summary.put(s.code(), n));
        summary.put("unreadable", r.errors());
        o.put("summary", summary);
        return o;
    }

    /** A SARIF 2.1.0 log with one run; unreadable files become error notifications of the invocation. */
    public static Map<String, Object> sarif(CheckRun.Report r, HouseStyle style, String version) {
        List<Object> rules = new ArrayList<>();
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        for (Rule rule : Rule.values()) {
            ruleIndex.put(rule.id(), rules.size());
            Map<String, Object> j = new LinkedHashMap<>();
            j.put("id", rule.id());
            j.put("name", camel(rule.id()));
            j.put("shortDescription", Map.of("text", rule.title()));
            j.put("fullDescription", Map.of("text", rule.description()));
            Map<String, Object> conf = new LinkedHashMap<>();
            conf.put("enabled", style.enabled(rule));
            conf.put("level", style.severity(rule).sarifLevel());
            j.put("defaultConfiguration", conf);
            j.put("help", Map.of("text", rule.description()));
            rules.add(j);
        }
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "triglot");
        driver.put("version", version);
        driver.put("semanticVersion", version.matches("\\d+\\.\\d+\\.\\d+.*") ? version : "0.0.0");
        driver.put("rules", rules);
        List<Object> results = new ArrayList<>();
        for (Finding f : r.findings()) {
            Map<String, Object> res = new LinkedHashMap<>();
            res.put("ruleId", f.rule());
            res.put("ruleIndex", ruleIndex.get(f.rule()));
            res.put("level", f.severity().sarifLevel());
            res.put("message", Map.of("text", f.message()));
            Map<String, Object> region = region(f);
            Map<String, Object> artifact = Map.of("uri", uri(f.file()));
            res.put("locations", List.of(Map.of("physicalLocation", Map.of("artifactLocation", artifact, "region", region))));
            if (f.suggestion() != null && hasSpan(f)) {
                Map<String, Object> replacement = new LinkedHashMap<>();
                replacement.put("deletedRegion", region(f));
                replacement.put("insertedContent", Map.of("text", f.suggestion()));
                res.put("fixes", List.of(Map.of(
                        "description", Map.of("text", "Replace \"" + f.text() + "\" with \"" + f.suggestion() + "\""),
                        "artifactChanges", List.of(Map.of("artifactLocation", artifact, "replacements", List.of(replacement))))));
            }
            if (f.conceptId() != null) {
                res.put("properties", Map.of("concept", f.conceptId()));
            }
            results.add(res);
        }
        List<Object> notifications = new ArrayList<>();
        for (String e : r.errors()) {
            notifications.add(Map.of("level", "error", "message", Map.of("text", e)));
        }
        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", r.errors().isEmpty());
        invocation.put("toolExecutionNotifications", notifications);
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(invocation));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);
        Map<String, Object> log = new LinkedHashMap<>();
        log.put("$schema", SARIF_SCHEMA);
        log.put("version", "2.1.0");
        log.put("runs", List.of(run));
        return log;
    }

    private static boolean hasSpan(Finding f) {
        return f.endLine() > f.line() || f.endColumn() > f.column();
    }

    private static Map<String, Object> region(Finding f) {
        Map<String, Object> region = new LinkedHashMap<>();
        region.put("startLine", f.line());
        region.put("startColumn", f.column());
        if (hasSpan(f)) {
            region.put("endLine", f.endLine());
            region.put("endColumn", f.endColumn());
            region.put("snippet", Map.of("text", f.text()));
        }
        return region;
    }

    /** A relative path as a relative URI reference (forward slashes, escaped); an absolute one as a file URI. */
    static String uri(String file) {
        Path p = Path.of(file);
        if (p.isAbsolute()) {
            return p.toUri().toString();
        }
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file.replace('\\', '/');
        }
    }

    private static String camel(String id) {
        StringBuilder sb = new StringBuilder();
        for (String part : id.toLowerCase(java.util.Locale.ROOT).split("_")) {
            sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return sb.toString();
    }

    /**
     * Findings for people, grouped by file: {@code line:column  severity  RULE  message}, then the line (a window
     * of it around the match) with carets under the match, and the fix. {@code lines} gives a file's line by
     * number, or null when the file has no text lines to show (a TMX unit).
     */
    public static void text(CheckRun.Report r, PrintWriter out, Function<String, Function<Integer, String>> lines) {
        String file = null;
        for (Finding f : r.findings()) {
            if (!f.file().equals(file)) {
                if (file != null) {
                    out.println();
                }
                file = f.file();
                out.println(file);
            }
            out.printf("  %d:%d  %s  %s  %s%n", f.line(), f.column(), f.severity().code(), f.rule(), f.message());
            Function<Integer, String> ls = lines.apply(f.file());
            String line = ls == null ? null : ls.apply(f.line());
            if (line != null) {
                caret(out, line, f);
            }
            if (f.suggestion() != null) {
                out.printf("    fix: %s%n", f.suggestion());
            }
        }
    }

    /** The line (clipped around the match) and carets under the match, in display columns (CJK counts 2). */
    private static void caret(PrintWriter out, String line, Finding f) {
        int[] cps = line.codePoints().toArray();
        int from = f.column() - 1;
        int to = f.endLine() == f.line() ? Math.max(from, f.endColumn() - 1) : cps.length;
        from = Math.min(from, cps.length);
        to = Math.min(to, cps.length);
        int start = from;
        int width = 0;
        while (start > 0 && width + DisplayWidth.of(cps[start - 1]) <= CONTEXT) {
            width += DisplayWidth.of(cps[--start]);
        }
        int end = to;
        width = 0;
        while (end < cps.length && width + DisplayWidth.of(cps[end]) <= CONTEXT) {
            width += DisplayWidth.of(cps[end++]);
        }
        StringBuilder shown = new StringBuilder("    ");
        StringBuilder marks = new StringBuilder("    ");
        if (start > 0) {
            shown.append("…");
            marks.append(' ');
        }
        boolean insertion = to == from; // an insertion point: what the translation lacks goes here
        for (int i = start; i < end; i++) {
            shown.appendCodePoint(cps[i] == '\t' ? ' ' : cps[i]);
            int w = DisplayWidth.of(cps[i]);
            char mark = (i >= from && i < to) || (insertion && i == from) ? '^' : ' ';
            marks.append(mark).append(" ".repeat(Math.max(0, w - 1)));
            if (mark == '^' && !insertion) {
                marks.setLength(marks.length() - Math.max(0, w - 1));
                marks.append("^".repeat(Math.max(0, w - 1)));
            }
        }
        if (insertion && from >= end) {
            marks.append('^');
        }
        if (end < cps.length) {
            shown.append("…");
        }
        out.println(shown);
        out.println(marks.toString().stripTrailing());
    }

    /** The one-line summary: files, findings by severity, unreadable files. */
    public static String summary(CheckRun.Report r) {
        Map<Severity, Integer> c = counts(r.findings());
        return String.format("%d file%s checked: %d error%s, %d warning%s, %d info%s", r.files(),
                r.files() == 1 ? "" : "s", c.get(Severity.ERROR), c.get(Severity.ERROR) == 1 ? "" : "s",
                c.get(Severity.WARNING), c.get(Severity.WARNING) == 1 ? "" : "s", c.get(Severity.INFO),
                r.errors().isEmpty() ? "" : String.format("; %d file%s could not be read", r.errors().size(),
                        r.errors().size() == 1 ? "" : "s"));
    }
}
