package org.sociallearning.guide.check;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What the cache knows about an external URL, for readers: the latest verdict and when it was
 * found, and when the link last worked.
 *
 * @param verdict the latest check's verdict: a failure when the latest check failed
 * @param checkedAt when the latest check ran
 * @param lastVerified when the link last worked (ok or redirected), if ever
 */
public record LinkStatus(
        String url,
        Verdict verdict,
        int code,
        String finalUrl,
        String message,
        Instant checkedAt,
        Optional<Instant> lastVerified) {

    public LinkStatus {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(finalUrl, "finalUrl");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(checkedAt, "checkedAt");
        Objects.requireNonNull(lastVerified, "lastVerified");
    }

    /** Whether an entry page should flag its link as broken. */
    public boolean isBroken() {
        return verdict == Verdict.BROKEN;
    }
}
