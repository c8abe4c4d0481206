package org.sociallearning.guide.check;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.sociallearning.guide.entry.SourceLocation;

/** How an external check's report is written: for people, machines, pull requests or Actions. */
public enum ReportFormat {
    TEXT {
        @Override
        public String render(ExternalReport report) {
            StringBuilder out = new StringBuilder();
            for (Verdict v : Verdict.values()) {
                List<CheckedLink> links = report.with(v);
                if (v == Verdict.OK || links.isEmpty()) {
                    continue;
                }
                out.append(heading(v)).append(" (").append(links.size()).append("):\n");
                for (CheckedLink l : links) {
                    out.append("  ").append(l.url());
                    if (!l.result().message().isEmpty()) {
                        out.append("\n    ").append(l.result().message());
                    }
                    out.append("\n    used by ")
                            .append(String.join(", ", l.entries()))
                            .append('\n');
                }
            }
            return out.append(summary(report)).append('\n').toString();
        }
    },
    JSON {
        @Override
        public String render(ExternalReport report) {
            ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ObjectNode root = json.createObjectNode();
            ArrayNode results = root.putArray("results");
            for (CheckedLink l : report.results()) {
                ObjectNode r = results.addObject();
                r.put("url", l.url());
                r.put("status", l.verdict().label());
                r.put("code", l.result().code());
                r.put(
                        "finalUrl",
                        l.result().finalUrl().isEmpty() ? l.url() : l.result().finalUrl());
                r.put("message", l.result().message());
                ArrayNode entries = r.putArray("entries");
                l.entries().forEach(entries::add);
                r.put("checkedAt", l.checkedAt().toString());
                r.put("cached", l.cached());
            }
            ObjectNode summary = root.putObject("summary");
            summary.put("total", report.results().size());
            report.counts().forEach((v, n) -> summary.put(v.label(), n));
            summary.put("cached", report.cached());
            summary.put("seconds", report.elapsed().toMillis() / 1000.0);
            try {
                return json.writeValueAsString(root) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
        }
    },
    MARKDOWN {
        @Override
        public String render(ExternalReport report) {
            StringBuilder out = new StringBuilder("## Link check\n\n");
            out.append("| verdict | links |\n|---|---:|\n");
            report.counts()
                    .forEach(
                            (v, n) ->
                                    out.append("| ")
                                            .append(v.label())
                                            .append(" | ")
                                            .append(n)
                                            .append(" |\n"));
            out.append("\n").append(summary(report)).append("\n");
            for (Verdict v : Verdict.values()) {
                List<CheckedLink> links = report.with(v);
                if (v == Verdict.OK || links.isEmpty()) {
                    continue;
                }
                out.append("\n### ")
                        .append(heading(v))
                        .append(" (")
                        .append(links.size())
                        .append(")\n\n");
                out.append("| URL | code | what happened | entries |\n|---|---:|---|---|\n");
                for (CheckedLink l : links) {
                    out.append("| ")
                            .append(cell(l.url()))
                            .append(" | ")
                            .append(l.result().code() == 0 ? "" : l.result().code())
                            .append(" | ")
                            .append(cell(l.result().message()))
                            .append(" | ")
                            .append(
                                    l.entries().stream()
                                            .map(e -> "`" + e + "`")
                                            .collect(Collectors.joining(", ")))
                            .append(" |\n");
                }
            }
            return out.toString();
        }
    },
    GITHUB {
        @Override
        public String render(ExternalReport report) {
            StringBuilder out = new StringBuilder();
            for (CheckedLink l : report.results()) {
                String level =
                        switch (l.verdict()) {
                            case BROKEN -> "error";
                            case REDIRECTED, ERROR, TIMEOUT, BLOCKED -> "warning";
                            case SKIPPED, OK -> "";
                        };
                if (level.isEmpty()) {
                    continue;
                }
                String message =
                        l.url()
                                + ": "
                                + l.verdict().label()
                                + (l.result().message().isEmpty()
                                        ? ""
                                        : " (" + l.result().message() + ")");
                for (SourceLocation at : l.uses()) {
                    out.append("::")
                            .append(level)
                            .append(" file=")
                            .append(escapeProperty(at.file().toString().replace('\\', '/')));
                    if (at.line() > 0) {
                        out.append(",line=").append(at.line());
                    }
                    out.append(",title=")
                            .append(escapeProperty(l.verdict().label() + " link"))
                            .append("::")
                            .append(escapeData(message))
                            .append('\n');
                }
            }
            return out.append(summary(report)).append('\n').toString();
        }
    };

    /** The whole report as text in this format. */
    public abstract String render(ExternalReport report);

    public static ReportFormat ofName(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** {@code 120 links in 8.1 s (100 from the cache): 110 ok, 3 redirected, 2 broken, ...}. */
    public static String summary(ExternalReport report) {
        Map<Verdict, Integer> counts = report.counts();
        return String.format(
                        Locale.ROOT,
                        "%d link%s in %.1f s (%d from the cache): ",
                        report.results().size(),
                        report.results().size() == 1 ? "" : "s",
                        report.elapsed().toMillis() / 1000.0,
                        report.cached())
                + counts.entrySet().stream()
                        .filter(e -> e.getValue() > 0 || e.getKey() == Verdict.BROKEN)
                        .map(e -> e.getValue() + " " + e.getKey().label())
                        .collect(Collectors.joining(", "));
    }

    private static String heading(Verdict v) {
        return switch (v) {
            case BROKEN -> "Broken: fix or remove";
            case REDIRECTED -> "Moved permanently: update the URL";
            case ERROR -> "Errors: check by hand";
            case TIMEOUT -> "Timed out: check by hand";
            case BLOCKED ->
                    "Blocked (a bot wall, or a private address never requested): check by hand";
            case SKIPPED -> "Skipped by rules";
            case OK -> "Ok";
        };
    }

    private static String cell(String s) {
        return s.replace("|", "\\|").replace("\n", " ");
    }

    private static String escapeData(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String escapeProperty(String s) {
        return escapeData(s).replace(":", "%3A").replace(",", "%2C");
    }
}
