package org.sociallearning.guide.report;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.site.GuideState;
import org.sociallearning.guide.source.Inputs;
import org.sociallearning.guide.source.SiteSource;

/**
 * The curator's report: the guide's state (entries, coverage, review age, link health) from a
 * site's sound entries and the link check's cache, and the problems its inputs have.
 *
 * @param state the state, empty when the settings or the taxonomy could not be read
 * @param problems every problem of the inputs
 * @param linkCacheProblem why the link cache could not be read, when it could not
 */
public record EditorialReport(
        Optional<GuideState> state, List<Problem> problems, Optional<String> linkCacheProblem) {

    /** The JSON report's version: changes only when a field changes meaning. */
    public static final int VERSION = 1;

    /** The report's formats. */
    public enum Format {
        text,
        json,
        markdown
    }

    public EditorialReport {
        Objects.requireNonNull(state, "state");
        problems = List.copyOf(problems);
        Objects.requireNonNull(linkCacheProblem, "linkCacheProblem");
    }

    /** Reads and validates the site and its link cache; review ages count to the clock's today. */
    public static EditorialReport read(SiteSource source, Clock clock) {
        Inputs inputs = Inputs.read(source, List.of(), clock);
        if (inputs.taxonomy().isEmpty()) {
            return new EditorialReport(
                    Optional.empty(), inputs.report().problems(), Optional.empty());
        }
        CachedLinkHealth.Result links =
                CachedLinkHealth.read(source.root(), inputs.report().entries());
        GuideState state =
                GuideState.of(
                        inputs.taxonomy().get(),
                        inputs.report().entries(),
                        links.links(),
                        LocalDate.now(clock));
        return new EditorialReport(
                Optional.of(state), inputs.report().problems(), links.unreadable());
    }

    public long errors() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warnings() {
        return problems.size() - errors();
    }

    public boolean hasErrors() {
        return errors() > 0;
    }

    /** The report in a format, ending with a line break. */
    public String render(Format format) {
        return switch (format) {
            case text -> new TextReport(this).write();
            case markdown -> new MarkdownReport(this).write();
            case json -> new JsonReport(this).write();
        };
    }
}
