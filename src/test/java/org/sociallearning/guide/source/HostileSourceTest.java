package org.sociallearning.guide.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.cli.Main;
import org.sociallearning.guide.testing.FixtureSites;

/**
 * A hostile pull request's inputs, run through {@code guide validate} and {@code guide bake}:
 * links, FIFOs, floods and YAML tricks are problems at their path, nothing outside the source
 * folder is read, printed or published, and nothing is an internal error.
 */
@Timeout(120)
class HostileSourceTest {

    private static final String SECRET = "SECRET-FROM-OUTSIDE-THE-REPOSITORY";

    @TempDir Path temp;
    Path site;
    Path outside;

    record Run(int code, String out) {}

    @BeforeEach
    void copySite() throws IOException {
        site = FixtureSites.copy("basic", temp.resolve("src"));
        outside = Files.createDirectories(temp.resolve("outside"));
        Files.writeString(outside.resolve("passwd"), "root:x:0:0:" + SECRET + ":/root:/bin/sh\n");
        Files.writeString(
                outside.resolve("sysctl.conf"),
                "# " + SECRET + "\nkernel.secret " + SECRET + "\nnet.ipv4 " + SECRET + "\n");
        Files.writeString(
                outside.resolve("entry.md"),
                Files.readString(site.resolve("content/entries/alpha-course.md"))
                        .replace("Alpha course", "Outside " + SECRET)
                        .replace("alpha.example.org", "outside.example.org"));
    }

    @Test
    void aLinkInAssetsToAFileOutsideIsAProblemAndNeverPublished() throws IOException {
        Files.createSymbolicLink(site.resolve("assets/passwd.txt"), outside.resolve("passwd"));

        Run bake = bake();

        assertThat(bake.code()).isEqualTo(1);
        assertThat(bake.out())
                .contains("assets/passwd.txt: error: is a symbolic link")
                .doesNotContain(SECRET);
        assertThat(published()).noneMatch(text -> text.contains(SECRET));
        assertThat(site.resolve("target/site/passwd.txt")).doesNotExist();
    }

    @Test
    void aLinkedFolderInAssetsIsNeverCopied() throws IOException {
        Files.createSymbolicLink(site.resolve("assets/loop"), site.resolve("assets"));
        Files.createSymbolicLink(site.resolve("assets/etc"), outside);

        Run bake = bake();

        assertThat(bake.code()).isEqualTo(1);
        assertThat(bake.out()).contains("assets/loop: error: is a symbolic link");
        assertThat(bake.out()).contains("assets/etc: error: is a symbolic link");
        assertThat(site.resolve("target/site/loop")).doesNotExist();
        assertThat(site.resolve("target/site/etc")).doesNotExist();
    }

    @Test
    void aLinkedEntryIsNeitherBakedNorPrinted() throws IOException {
        Files.createSymbolicLink(
                site.resolve("content/entries/outside.md"), outside.resolve("entry.md"));
        Files.createSymbolicLink(
                site.resolve("content/entries/sysctl.md"), outside.resolve("sysctl.conf"));

        Run validate = run("validate", "--no-annotations", "--source", site.toString());
        Run bake = bake();

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out())
                .contains("content/entries/outside.md: error: is a symbolic link")
                .contains("content/entries/sysctl.md: error: is a symbolic link")
                .doesNotContain(SECRET);
        assertThat(bake.out()).doesNotContain(SECRET);
        assertThat(published()).noneMatch(text -> text.contains(SECRET));
    }

    @Test
    void linkedTemplatesDataAndSettingsAreRefusedBeforeTheyAreRead() throws IOException {
        Path template = site.resolve("templates/entry.ftl");
        Files.move(template, outside.resolve("entry.ftl"));
        Files.createSymbolicLink(template, outside.resolve("entry.ftl"));
        Path taxonomy = site.resolve("data/taxonomy.yaml");
        Files.move(taxonomy, outside.resolve("taxonomy.yaml"));
        Files.createSymbolicLink(taxonomy, outside.resolve("taxonomy.yaml"));
        Path settings = site.resolve("jbake.properties");
        Files.move(settings, outside.resolve("jbake.properties"));
        Files.createSymbolicLink(settings, outside.resolve("jbake.properties"));

        Run bake = bake();

        assertThat(bake.code()).isEqualTo(1);
        assertThat(bake.out())
                .contains("templates/entry.ftl: error: is a symbolic link")
                .contains("data/taxonomy.yaml: error: is a symbolic link")
                .contains("jbake.properties: error: is a symbolic link");
        assertThat(site.resolve("target/site")).doesNotExist();
    }

    @Test
    void aCommittedLinkAsTheLinkCacheIsRefusedAndNothingOfItsTargetPrinted() throws IOException {
        Files.createDirectories(site.resolve(".cache"));
        Files.createSymbolicLink(site.resolve(".cache/links.json"), outside.resolve("passwd"));

        Run bake = bake();

        assertThat(bake.code()).isEqualTo(1);
        assertThat(bake.out())
                .contains(".cache/links.json: error: is a symbolic link")
                .doesNotContain("root")
                .doesNotContain(SECRET);
    }

    @Test
    void aFifoInAssetsIsAProblemAndNeverOpened() throws Exception {
        Path fifo = site.resolve("assets/pipe.txt");
        int made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor();
        assertThat(made).isZero();

        Run bake = bake();

        assertThat(bake.code()).isEqualTo(1);
        assertThat(bake.out()).contains("assets/pipe.txt: error: is not a regular file");
    }

    @Test
    void aHugeEntryIsRefusedWithItsSize() throws IOException {
        Path alpha = site.resolve("content/entries/alpha-course.md");
        Files.writeString(alpha, Files.readString(alpha) + "word ".repeat(4_000_000));

        Run validate = run("validate", "--no-annotations", "--source", site.toString());

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out())
                .contains("content/entries/alpha-course.md: error: is 19531 KB; entries and pages")
                .contains("may be at most 256 KB");
    }

    @Test
    void aFloodOfUnknownHeaderLinesGivesAFewLinesNotThousands() throws IOException {
        Path alpha = site.resolve("content/entries/alpha-course.md");
        StringBuilder flood = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            flood.append("x").append(i).append("=1\n");
        }
        Files.writeString(alpha, flood + Files.readString(alpha));

        Run validate = run("validate", "--source", site.toString());

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out())
                .contains(
                        "content/entries/alpha-course.md:101:1: error: the header is longer than"
                                + " 100 lines")
                .contains(
                        "content/entries/alpha-course.md:11:1: warning: and 90 more warnings in this file");
        assertThat(validate.out().lines().count()).isLessThan(60);
    }

    @Test
    void anAliasBombInTheTaxonomyIsAProblemAtItsLineNotAnInternalError() throws IOException {
        Files.writeString(
                site.resolve("data/taxonomy.yaml"),
                """
                a: &a ["x","x","x","x","x","x","x","x","x"]
                b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]
                c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]
                d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]
                e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]
                f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]
                """);

        Run validate = run("validate", "--no-annotations", "--source", site.toString());

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out()).contains("data/taxonomy.yaml:1: error:").contains("anchors");
    }

    @Test
    void deepNestingInTheTaxonomyIsAProblemAtItsLineNotAnInternalError() throws IOException {
        StringBuilder deep = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            deep.append("  ".repeat(i)).append("k").append(i).append(":\n");
        }
        deep.append("  ".repeat(60)).append("end\n");
        Files.writeString(site.resolve("data/taxonomy.yaml"), deep.toString());

        Run validate = run("validate", "--no-annotations", "--source", site.toString());

        assertThat(validate.code()).isEqualTo(1);
        assertThat(validate.out())
                .contains("data/taxonomy.yaml:11: error:")
                .contains("nested more than 10 levels deep");
    }

    private Run bake() {
        return run("bake", "--no-annotations", "--source", site.toString());
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        int code =
                Main.execute(
                        FixtureSites.CLOCK,
                        new PrintWriter(out, true),
                        new PrintWriter(out, true),
                        args);
        return new Run(code, out.toString());
    }

    /** The text of every published file. */
    private Stream<String> published() throws IOException {
        Path output = site.resolve("target/site");
        if (!Files.exists(output)) {
            return Stream.empty();
        }
        try (Stream<Path> walk = Files.walk(output)) {
            return walk
                    .filter(Files::isRegularFile)
                    .map(
                            p -> {
                                try {
                                    return new String(Files.readAllBytes(p));
                                } catch (IOException e) {
                                    throw new java.io.UncheckedIOException(e);
                                }
                            })
                    .toList()
                    .stream();
        }
    }
}
