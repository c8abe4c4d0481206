package org.sociallearning.guide.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/** The files changed since a git revision, for checking only a pull request's links. */
public final class ChangedFiles {

    private ChangedFiles() {}

    /**
     * Paths relative to {@code folder} that differ between {@code revision} and the working tree.
     *
     * @return the paths, or empty with the reason given to {@code why} when git fails (not a
     *     repository, an unknown revision)
     * @throws IOException when git cannot be started
     */
    public static Optional<Set<Path>> since(Path folder, String revision, Consumer<String> why)
            throws IOException, InterruptedException {
        if (revision.isBlank() || revision.startsWith("-")) {
            why.accept("not a git revision: \"" + revision + "\"");
            return Optional.empty();
        }
        Process git =
                new ProcessBuilder(
                                "git",
                                "diff",
                                "--name-only",
                                "--relative",
                                "--no-renames",
                                revision,
                                "--",
                                ".")
                        .directory(folder.toFile())
                        .redirectErrorStream(true)
                        .start();
        String out = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (git.waitFor() != 0) {
            why.accept("git diff " + revision + " failed: " + out.strip());
            return Optional.empty();
        }
        return Optional.of(
                out.lines().filter(l -> !l.isBlank()).map(Path::of).collect(Collectors.toSet()));
    }
}
