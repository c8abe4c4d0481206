package org.sociallearning.guide.site;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What the planner knows besides the content: the build date from {@code SOURCE_DATE_EPOCH}, shown
 * in the footer when given (otherwise the output holds no build time), and the link health read
 * from the external link check's cache, by URL.
 */
public record BuildContext(Optional<Instant> sourceDate, Map<String, LinkHealth> links) {

    public BuildContext {
        Objects.requireNonNull(sourceDate, "sourceDate");
        links = Map.copyOf(links);
    }

    public static BuildContext none() {
        return new BuildContext(Optional.empty(), Map.of());
    }
}
