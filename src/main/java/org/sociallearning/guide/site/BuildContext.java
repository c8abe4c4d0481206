package org.sociallearning.guide.site;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the planner knows besides the content: the build date from {@code SOURCE_DATE_EPOCH}, shown
 * in the footer when given (otherwise the output holds no build time), the link health read from
 * the external link check's cache, by URL, and the day the bake runs by its clock.
 *
 * @param clockDate today by the bake's clock; what review ages count to when there is no {@code
 *     SOURCE_DATE_EPOCH}
 */
public record BuildContext(
        Optional<Instant> sourceDate, Map<String, LinkHealth> links, LocalDate clockDate) {

    public BuildContext {
        Objects.requireNonNull(sourceDate, "sourceDate");
        links = Map.copyOf(links);
        Objects.requireNonNull(clockDate, "clockDate");
    }

    /** Nothing known besides the content, for plans that do not depend on the day. */
    public static BuildContext none() {
        return on(LocalDate.EPOCH);
    }

    /** Nothing known besides the content; review ages count to the given day. */
    public static BuildContext on(LocalDate today) {
        return new BuildContext(Optional.empty(), Map.of(), today);
    }

    /**
     * The day the guide's state (review ages) is worked out for: the {@code SOURCE_DATE_EPOCH} day
     * when given, so that a bake can be reproduced, else the bake clock's.
     */
    public LocalDate today() {
        return sourceDate.map(d -> d.atOffset(ZoneOffset.UTC).toLocalDate()).orElse(clockDate);
    }
}
