package org.sociallearning.guide.site;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What the last external link check found for an entry's URL, as readers are shown it: when the
 * link last answered well, and whether it is broken now.
 *
 * @param lastVerified the last day the link was found working, if ever
 * @param broken whether the most recent check found it broken
 * @param detail what a reader is told when it is broken, e.g. {@code "404 Not Found on 2026-11-20"}
 */
public record LinkHealth(Optional<LocalDate> lastVerified, boolean broken, String detail) {

    public LinkHealth {
        Objects.requireNonNull(lastVerified, "lastVerified");
        Objects.requireNonNull(detail, "detail");
    }
}
