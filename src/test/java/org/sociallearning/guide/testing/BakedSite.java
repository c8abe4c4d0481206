package org.sociallearning.guide.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A baked site's output folder, read back with Jsoup. */
public record BakedSite(Path root) {

    /** The page at a site path: {@code entries/x/} reads {@code entries/x/index.html}. */
    public Document page(String sitePath) {
        Path file = file(sitePath);
        assertThat(file).as("page %s", sitePath).isRegularFile();
        try {
            return Jsoup.parse(
                    file.toFile(),
                    StandardCharsets.UTF_8.name(),
                    "https://example.org/guide/" + sitePath);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Path file(String sitePath) {
        String relative =
                sitePath.isEmpty() || sitePath.endsWith("/") ? sitePath + "index.html" : sitePath;
        return root.resolve(relative);
    }

    public String text(String sitePath) {
        try {
            return Files.readString(file(sitePath), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every HTML file, as site paths relative to the root. */
    public List<String> htmlPages() {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> p.toString().endsWith(".html"))
                    .map(p -> root.relativize(p).toString().replace('\\', '/'))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
