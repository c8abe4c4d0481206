package org.sociallearning.guide.check;

import java.util.Objects;

/** The outcome of checking one external URL. */
public sealed interface LinkResult {

    Verdict verdict();

    /** The last HTTP status seen, or 0 when there was none. */
    int code();

    /** Where the URL finally led; the URL itself when it did not redirect. */
    default String finalUrl() {
        return "";
    }

    /** A short explanation for a curator. */
    String message();

    /** 2xx, possibly after temporary redirects. */
    record Ok(int code, String finalUrl) implements LinkResult {
        public Ok {
            Objects.requireNonNull(finalUrl, "finalUrl");
        }

        @Override
        public Verdict verdict() {
            return Verdict.OK;
        }

        @Override
        public String message() {
            return "";
        }
    }

    /** A permanent redirect (301, 308) to a page that works: {@code finalUrl} is the new URL. */
    record Redirected(int code, String finalUrl) implements LinkResult {
        public Redirected {
            Objects.requireNonNull(finalUrl, "finalUrl");
        }

        @Override
        public Verdict verdict() {
            return Verdict.REDIRECTED;
        }

        @Override
        public String message() {
            return "moved permanently to " + finalUrl;
        }
    }

    record Broken(int code, String message) implements LinkResult {
        public Broken {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Verdict verdict() {
            return Verdict.BROKEN;
        }
    }

    record Blocked(int code, String message) implements LinkResult {
        public Blocked {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Verdict verdict() {
            return Verdict.BLOCKED;
        }
    }

    record TimedOut(String message) implements LinkResult {
        public TimedOut {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Verdict verdict() {
            return Verdict.TIMEOUT;
        }

        @Override
        public int code() {
            return 0;
        }
    }

    /** TLS, refused connections, malformed URLs: the request could not be made. */
    record Failed(int code, String message) implements LinkResult {
        public Failed {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Verdict verdict() {
            return Verdict.ERROR;
        }
    }

    record Skipped(String message) implements LinkResult {
        public Skipped {
            Objects.requireNonNull(message, "message");
        }

        @Override
        public Verdict verdict() {
            return Verdict.SKIPPED;
        }

        @Override
        public int code() {
            return 0;
        }
    }
}
