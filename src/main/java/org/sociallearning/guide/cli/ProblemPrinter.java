package org.sociallearning.guide.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * Prints problems as compilers do, one a line with an indented hint, then a count; or as GitHub
 * Actions annotations; or as JSON (the format documented in CONTRIBUTING.md).
 */
final class ProblemPrinter {

    /** The version of the JSON report's shape; raised only when a field changes meaning. */
    static final int JSON_VERSION = 1;

    private final PrintWriter out;

    ProblemPrinter(PrintWriter out) {
        this.out = out;
    }

    void print(List<Problem> problems) {
        for (Problem p : problems) {
            out.println(p);
            if (p.hasHint()) {
                out.println("    " + p.hint());
            }
        }
    }

    /** {@code ::error file=…,line=…,col=…::message}, which GitHub shows on the pull request. */
    void printAnnotations(List<Problem> problems) {
        for (Problem p : problems) {
            SourceLocation at = p.location();
            StringBuilder line = new StringBuilder("::").append(p.severity().label());
            line.append(" file=").append(property(path(at)));
            if (at.line() > 0) {
                line.append(",line=").append(at.line());
            }
            if (at.column() > 0) {
                line.append(",col=").append(at.column());
            }
            String text = p.message() + (p.hasHint() ? "\n" + p.hint() : "");
            out.println(line.append("::").append(data(text)));
        }
    }

    void printJson(List<Problem> problems) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("version", JSON_VERSION);
        report.put("errors", errors(problems));
        report.put("warnings", problems.size() - errors(problems));
        report.put("files", files(problems));
        report.put(
                "problems",
                problems.stream()
                        .map(
                                p -> {
                                    Map<String, Object> m = new LinkedHashMap<>();
                                    m.put("file", path(p.location()));
                                    m.put("line", p.location().line());
                                    m.put("column", p.location().column());
                                    m.put("severity", p.severity().label());
                                    m.put("message", p.message());
                                    m.put("hint", p.hint());
                                    return m;
                                })
                        .toList());
        try {
            out.println(
                    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(report));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "2 errors, 1 warning in 3 files", or "No problems in N files" when there are none. */
    static String summary(List<Problem> problems, int checkedFiles) {
        if (problems.isEmpty()) {
            return "No problems in " + plural(checkedFiles, "file") + ".";
        }
        return count(problems) + " in " + plural(files(problems), "file");
    }

    static String count(List<Problem> problems) {
        long errors = errors(problems);
        long warnings = problems.size() - errors;
        return plural(errors, "error") + ", " + plural(warnings, "warning");
    }

    static String plural(long n, String noun, String nouns) {
        return n + " " + (n == 1 ? noun : nouns);
    }

    static String plural(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static long errors(List<Problem> problems) {
        return problems.stream().filter(Problem::isError).count();
    }

    private static long files(List<Problem> problems) {
        return problems.stream().map(p -> p.location().file()).distinct().count();
    }

    private static String path(SourceLocation at) {
        return at.file().toString().replace('\\', '/');
    }

    private static String data(String s) {
        return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
    }

    private static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
