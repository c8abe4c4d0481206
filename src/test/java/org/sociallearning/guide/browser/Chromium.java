package org.sociallearning.guide.browser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;

/**
 * Where the browser tests find headless Chromium, its driver and axe-core, and what happens when
 * one is missing: outside CI the tests are skipped with a message saying what to install; in CI
 * (environment {@code CI=true}) they fail, so a CI run can never pass without running them.
 *
 * <p>Debian's {@code chromium} and {@code chromium-driver} packages are found on the {@code PATH};
 * {@code CHROME_BIN} and {@code CHROMEDRIVER} point elsewhere. axe-core comes from npm: {@code npm
 * ci} in {@code src/test/browser} (the {@code browser-tests} Maven profile does it, and is active
 * in CI).
 */
final class Chromium {

    private Chromium() {}

    static boolean inCi() {
        return "true".equalsIgnoreCase(System.getenv("CI"));
    }

    /** The Chromium binary and its driver, or the test is skipped (failed in CI). */
    static Installation require() {
        Optional<Path> binary =
                fromEnv("CHROME_BIN").or(() -> onPath("chromium", "chromium-browser"));
        Optional<Path> driver = fromEnv("CHROMEDRIVER").or(() -> onPath("chromedriver"));
        if (binary.isEmpty() || driver.isEmpty()) {
            unavailable(
                    "headless Chromium and chromedriver are needed for the browser tests"
                            + " (Debian: apt-get install chromium chromium-driver; or set"
                            + " CHROME_BIN and CHROMEDRIVER)");
        }
        return new Installation(binary.get(), driver.get());
    }

    /** axe-core's browser bundle, installed from npm, or the test is skipped (failed in CI). */
    static Path requireAxe(Path projectDir) {
        Path axe = projectDir.resolve("src/test/browser/node_modules/axe-core/axe.min.js");
        if (!Files.isRegularFile(axe)) {
            unavailable(
                    "axe-core is not installed: run `npm ci --prefix src/test/browser`"
                            + " or `./mvnw -Pbrowser-tests verify`");
        }
        return axe;
    }

    private static void unavailable(String message) {
        if (inCi()) {
            throw new IllegalStateException(message + " (CI=true: the browser tests must run)");
        }
        Assumptions.abort("Skipped: " + message);
    }

    private static Optional<Path> fromEnv(String name) {
        return Optional.ofNullable(System.getenv(name))
                .filter(s -> !s.isBlank())
                .map(Path::of)
                .filter(Files::isExecutable);
    }

    private static Optional<Path> onPath(String... names) {
        List<String> dirs = Arrays.asList(System.getenv().getOrDefault("PATH", "").split(":"));
        for (String name : names) {
            for (String dir : dirs) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate) && !Files.isDirectory(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** A Chromium binary and the chromedriver that drives it. */
    record Installation(Path binary, Path driver) {}
}
