package org.sociallearning.guide.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sociallearning.guide.testing.FixtureSites;

class ReproducibleBakeTest {

    @TempDir Path temp;

    @Test
    void twoBakesOfTheSameInputsAreByteIdentical() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        BakeResult first = FixtureSites.bake(site, temp.resolve("one"), Optional.empty());
        BakeResult second = FixtureSites.bake(site, temp.resolve("two"), Optional.empty());
        assertThat(first.written()).isTrue();
        Map<String, byte[]> a = tree(first.output());
        Map<String, byte[]> b = tree(second.output());
        assertThat(a.keySet()).isEqualTo(b.keySet()).hasSizeGreaterThan(40);
        a.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, b.get(path))).as(path).isTrue());
        assertThat(new String(a.get("index.html"), java.nio.charset.StandardCharsets.UTF_8))
                .doesNotContain("Built ");
    }

    @Test
    void honoursSourceDateEpochAndStaysReproducible() throws IOException {
        Path site = FixtureSites.copy("basic", temp.resolve("src"));
        Instant date = Instant.ofEpochSecond(1_767_225_600L); // 2026-01-01T00:00:00Z
        SiteBuilder builder = new SiteBuilder(FixtureSites.CLOCK, line -> {});
        BakeResult first =
                builder.build(
                        new BakeRequest(
                                new org.sociallearning.guide.source.SiteSource(site),
                                temp.resolve("one"),
                                Optional.empty(),
                                Optional.of(date)));
        BakeResult second =
                builder.build(
                        new BakeRequest(
                                new org.sociallearning.guide.source.SiteSource(site),
                                temp.resolve("two"),
                                Optional.empty(),
                                Optional.of(date)));
        assertThat(Files.readString(first.output().resolve("index.html")))
                .contains("Built 2026-01-01");
        Map<String, byte[]> a = tree(first.output());
        Map<String, byte[]> b = tree(second.output());
        a.forEach((path, bytes) -> assertThat(Arrays.equals(bytes, b.get(path))).as(path).isTrue());
    }

    private static Map<String, byte[]> tree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(p).toString(), Files.readAllBytes(p));
            }
        }
        return files;
    }
}
