package org.sociallearning.guide.check;

import java.util.Locale;

/** What a curator should make of an external link, in the order reports list them. */
public enum Verdict {
    /** Broken: 404, 410, another 4xx, 5xx after retries, unknown host, a redirect loop. */
    BROKEN,
    /** A permanent redirect: update the entry to the new URL. */
    REDIRECTED,
    /** TLS trouble, connection refused, a malformed URL. */
    ERROR,
    /** No answer within the timeout, after retries. */
    TIMEOUT,
    /** The site refuses robots (999, a bot wall, 429 after retries): check by hand. */
    BLOCKED,
    /** Not requested: a curators' rule says so. */
    SKIPPED,
    OK;

    /** The lower-case name reports and the cache use. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Verdict ofLabel(String label) {
        return valueOf(label.toUpperCase(Locale.ROOT));
    }

    /** Whether a link with this verdict counts as verified: only these are cached as fresh. */
    public boolean isSuccess() {
        return this == OK || this == REDIRECTED;
    }
}
