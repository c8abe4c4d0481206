package org.sociallearning.guide.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ChangedFilesTest {

    @TempDir Path repo;

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 5];
        command[0] = "git";
        command[1] = "-c";
        command[2] = "user.name=t";
        command[3] = "-c";
        command[4] = "user.email=t@example.org";
        System.arraycopy(args, 0, command, 5, args.length);
        assertThat(
                        new ProcessBuilder(command)
                                .directory(repo.toFile())
                                .redirectErrorStream(true)
                                .start()
                                .waitFor())
                .isZero();
    }

    @Test
    void listsTheEntriesChangedSinceARevision() throws Exception {
        Files.createDirectories(repo.resolve("content/entries"));
        Files.writeString(repo.resolve("content/entries/a.md"), "a");
        Files.writeString(repo.resolve("content/entries/b.md"), "b");
        git("init", "-q");
        git("add", ".");
        git("commit", "-q", "-m", "start");
        Files.writeString(repo.resolve("content/entries/b.md"), "changed");
        assertThat(ChangedFiles.since(repo, "HEAD", why -> {}).orElseThrow())
                .containsExactly(Path.of("content/entries/b.md"));
    }

    @Test
    void explainsAnUnknownRevision() throws Exception {
        git("init", "-q");
        StringBuilder why = new StringBuilder();
        assertThat(ChangedFiles.since(repo, "no-such-rev", why::append)).isEmpty();
        assertThat(why).contains("git diff no-such-rev failed");
        assertThat(ChangedFiles.since(repo, "--output=x", why::append)).isEmpty();
    }
}
