package org.sociallearning.guide.check;

import java.time.Duration;

/** Waits: the real one sleeps, tests' ones record and return at once. */
@FunctionalInterface
public interface Sleeper {

    void sleep(Duration duration) throws InterruptedException;

    static Sleeper real() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
