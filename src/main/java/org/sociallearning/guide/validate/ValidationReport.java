package org.sociallearning.guide.validate;

import java.util.List;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Page;
import org.sociallearning.guide.entry.Problem;

/** What validating the content found: the sound entries and pages, and every problem, sorted. */
public record ValidationReport(List<Entry> entries, List<Page> pages, List<Problem> problems) {

    public ValidationReport {
        entries = List.copyOf(entries);
        pages = List.copyOf(pages);
        problems = problems.stream().sorted().toList();
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    public long errorCount() {
        return problems.stream().filter(Problem::isError).count();
    }

    public long warningCount() {
        return problems.size() - errorCount();
    }
}
