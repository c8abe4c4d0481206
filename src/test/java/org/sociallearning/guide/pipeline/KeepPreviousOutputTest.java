package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.testing.FixtureSites;

class KeepPreviousOutputTest {

    @TempDir Path temp;

    @Test
    void keepsPreviousOutputByteForByteWhenValidationFails() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        BakeResult first = FixtureSites.bake(site);
        assertThat(first.written()).isTrue();
        Map<String, byte[]> before = snapshot(first.output());

        Files.writeString(
                site.resolve("content/entries/alpha-course.md"),
                Files.readString(site.resolve("content/entries/alpha-course.md"))
                        .replace("areas=social-web,", "areas=social-webb,"));
        BakeResult second = FixtureSites.bake(site);

        assertThat(second.written()).isFalse();
        assertThat(second.problems())
                .extracting(Problem::toString)
                .contains(
                        "content/entries/alpha-course.md:6:7: error: unknown area \"social-webb\" (did you mean \"social-web\"?)");
        assertThat(snapshot(first.output())).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(leftovers(site.resolve("target"))).isEmpty();
    }

    @Test
    void keepsPreviousOutputWhenATemplateFailsAndNamesTheTemplateLine() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        BakeResult first = FixtureSites.bake(site);
        Map<String, byte[]> before = snapshot(first.output());

        Path template = site.resolve("templates/entry.ftl");
        Files.writeString(
                template,
                Files.readString(template)
                        .replace("<h1>${entry.title}</h1>", "<h1>${entry.no_such_field}</h1>"));
        BakeResult second = FixtureSites.bake(site);

        assertThat(second.written()).isFalse();
        assertThat(second.problems())
                .isNotEmpty()
                .allSatisfy(
                        p -> {
                            assertThat(p.location().file())
                                    .isEqualTo(Path.of("templates/entry.ftl"));
                            assertThat(p.location().line()).isEqualTo(7);
                            assertThat(p.message())
                                    .startsWith("cannot render entries/")
                                    .contains("entry.no_such_field");
                        });
        assertThat(snapshot(first.output())).containsExactlyInAnyOrderEntriesOf(before);
        assertThat(leftovers(site.resolve("target"))).isEmpty();
    }

    @Test
    void replacesPreviousOutputWhenBakeSucceeds() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        FixtureSites.bake(site);
        Files.delete(site.resolve("content/entries/gamma-community.md"));
        BakeResult second = FixtureSites.bake(site);
        assertThat(second.written()).isTrue();
        assertThat(second.output().resolve("entries/gamma-community")).doesNotExist();
        assertThat(second.output().resolve("entries/alpha-course/index.html")).isRegularFile();
    }

    @Test
    void refusesToReplaceAFolderThatIsNotABakedSite() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Path precious = temp.resolve("precious");
        Files.createDirectories(precious);
        Files.writeString(precious.resolve("notes.txt"), "keep me");
        BakeResult result = FixtureSites.bake(site, precious, java.util.Optional.empty());
        assertThat(result.written()).isFalse();
        assertThat(result.problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("refusing to replace it");
        assertThat(precious.resolve("notes.txt")).hasContent("keep me");
        assertThat(FixtureSites.bake(site, site, java.util.Optional.empty()).problems())
                .singleElement()
                .extracting(Problem::message)
                .asString()
                .contains("contains the site's sources");
    }

    private static Map<String, byte[]> snapshot(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }

    private static java.util.List<Path> leftovers(Path target) throws IOException {
        try (Stream<Path> list = Files.list(target)) {
            return list.filter(p -> p.getFileName().toString().contains("staging")).toList();
        }
    }
}
