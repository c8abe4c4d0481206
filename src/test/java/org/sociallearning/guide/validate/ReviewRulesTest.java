package org.sociallearning.guide.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.sociallearning.guide.entry.Header;
import org.sociallearning.guide.entry.HeaderField;
import org.sociallearning.guide.entry.Problem;

/** reviewed needs sources; published entries are reviewed, and again after 18 months. */
class ReviewRulesTest {

    private static final Clock TODAY =
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private static List<String> check(boolean published, String... fields) {
        Map<String, HeaderField> header = new LinkedHashMap<>();
        int line = 1;
        for (int i = 0; i < fields.length; i += 2) {
            header.put(
                    fields[i],
                    new HeaderField(fields[i], fields[i + 1], line++, 1, fields[i].length() + 2));
        }
        Optional<LocalDate> reviewed =
                Optional.ofNullable(header.get("reviewed"))
                        .map(HeaderField::value)
                        .filter(v -> !v.isEmpty())
                        .map(LocalDate::parse);
        List<Problem> problems = new ArrayList<>();
        new ReviewRules(TODAY)
                .check(
                        new Header(Path.of("e.md"), header, line, "body", line + 1),
                        published,
                        reviewed,
                        problems);
        return problems.stream().map(Problem::toString).toList();
    }

    @Test
    void reviewedWithoutSourcesIsAnErrorAtTheReviewedLineEvenForADraft() {
        assertThat(check(false, "title", "t", "reviewed", "2026-11-01"))
                .containsExactly("e.md:2:10: error: reviewed without sources");
        assertThat(check(true, "reviewed", "2026-11-01", "sources", " "))
                .containsExactly("e.md:1:10: error: reviewed without sources");
    }

    @Test
    void aPublishedEntryWithoutReviewedIsNotYetReviewedButADraftIsFine() {
        assertThat(check(true, "sources", "https://example.org/"))
                .containsExactly("e.md:2:1: warning: not yet reviewed");
        assertThat(check(false, "sources", "https://example.org/")).isEmpty();
    }

    @Test
    void becomesDueForReviewTheDayAfterEighteenMonthsHavePassed() {
        assertThat(check(true, "reviewed", "2025-05-30", "sources", "https://example.org/"))
                .isEmpty();
        assertThat(check(true, "reviewed", "2025-05-29", "sources", "https://example.org/"))
                .containsExactly(
                        "e.md:1:10: warning: due for review: last reviewed 2025-05-29, more than"
                                + " 18 months ago");
        assertThat(check(false, "reviewed", "2020-01-01", "sources", "https://example.org/"))
                .isEmpty();
    }
}
