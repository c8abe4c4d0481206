package org.sociallearning.guide.check;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;

/** The files changed since a git revision, for checking only a pull request's links. */
public final class ChangedFiles {

    private ChangedFiles() {}

    /**
     * Paths relative to {@code folder} that differ between {@code revision} and the working tree.
     *
     * @throws IllegalArgumentException when git fails (not a repository, unknown revision)
     */
    public static Set<Path> since(Path folder, String revision)
            throws IOException, InterruptedException {
        if (revision.startsWith("-")) {
            throw new IllegalArgumentException("not a git revision: " + revision);
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
            throw new IllegalArgumentException("git diff " + revision + " failed: " + out.strip());
        }
        return out.lines().filter(l -> !l.isBlank()).map(Path::of).collect(Collectors.toSet());
    }
}
