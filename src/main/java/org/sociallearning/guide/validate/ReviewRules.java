package org.sociallearning.guide.validate;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;

/**
 * What a review promises: {@code reviewed} says a curator confirmed the facts against the pages in
 * {@code sources} on that day, so it needs sources; a published entry should have been reviewed,
 * and not too long ago.
 */
final class ReviewRules {

    static final int DUE_AFTER_MONTHS = Entry.REVIEW_DUE_AFTER_MONTHS;

    private final Clock clock;

    ReviewRules(Clock clock) {
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * @param reviewed the {@code reviewed} date when it is a valid one
     */
    void check(
            Header header,
            boolean published,
            Optional<LocalDate> reviewed,
            List<Problem> problems) {
        boolean hasReviewed = given(header, "reviewed");
        if (hasReviewed && !given(header, "sources")) {
            problems.add(
                    Problem.error(
                            header.locationOf("reviewed"),
                            "reviewed without sources",
                            "list in sources= the https:// pages the facts were confirmed"
                                    + " against, or remove reviewed until a curator has"
                                    + " confirmed them"));
        }
        if (!published) {
            return;
        }
        if (!hasReviewed) {
            problems.add(
                    Problem.warning(
                            new SourceLocation(
                                    header.file(), Math.max(1, header.separatorLine()), 1),
                            "not yet reviewed",
                            "a curator confirms the facts against the pages in sources and"
                                    + " adds reviewed=yyyy-MM-dd with that day"));
            return;
        }
        LocalDate today = LocalDate.now(clock);
        reviewed.filter(r -> isDue(r, today))
                .ifPresent(
                        r ->
                                problems.add(
                                        Problem.warning(
                                                header.locationOf("reviewed"),
                                                "due for review: last reviewed "
                                                        + r
                                                        + ", more than "
                                                        + DUE_AFTER_MONTHS
                                                        + " months ago",
                                                "read the sources again, update the facts and"
                                                        + " set reviewed to the day you"
                                                        + " confirmed them")));
    }

    /** Whether an entry last reviewed on a day is due for review on another. */
    static boolean isDue(LocalDate reviewed, LocalDate today) {
        return reviewed.isBefore(today.minusMonths(DUE_AFTER_MONTHS));
    }

    private static boolean given(Header header, String key) {
        return header.field(key).map(HeaderField::value).filter(v -> !v.isBlank()).isPresent();
    }
}
