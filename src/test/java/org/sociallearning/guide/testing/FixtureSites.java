package org.sociallearning.guide.testing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.sociallearning.guide.check.LinkCache;
import org.sociallearning.guide.check.LinkResult;
import org.sociallearning.guide.output.FileTrees;
import org.sociallearning.guide.pipeline.BakeRequest;
import org.sociallearning.guide.pipeline.BakeResult;
import org.sociallearning.guide.pipeline.SiteBuilder;
import org.sociallearning.guide.source.SiteSource;

/**
 * Test fixture sites: {@code src/test/resources/sites/<scenario>/} copied into a temporary folder.
 * Whatever a scenario does not bring itself (templates, assets, data, jbake.properties) comes from
 * the project, so fixtures test the real templates and taxonomy.
 */
public final class FixtureSites {

    /** The fixed "now" of every test bake: later than every fixture date. */
    public static final Clock CLOCK =
            Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    private FixtureSites() {}

    /** The project's root folder (Maven's basedir). */
    public static Path projectDir() {
        return Path.of(System.getProperty("guide.projectDir", ".")).toAbsolutePath().normalize();
    }

    /**
     * Copies a scenario, completed with the project's templates, assets, data and configuration.
     */
    public static Path copy(String scenario, Path target) {
        Path source = projectDir().resolve("src/test/resources/sites").resolve(scenario);
        if (!Files.isDirectory(source)) {
            throw new IllegalArgumentException("no fixture site " + source);
        }
        copyTree(source, target);
        for (String shared : List.of("templates", "assets", "data", "jbake.properties")) {
            if (!Files.exists(target.resolve(shared))) {
                copyTree(projectDir().resolve(shared), target.resolve(shared));
            }
        }
        return target;
    }

    /**
     * Bakes a site folder into {@code site/target/site}, with the fixed clock and no progress
     * output.
     */
    public static BakeResult bake(Path site) {
        return bake(site, site.resolve("target/site"), Optional.empty());
    }

    public static BakeResult bake(Path site, Path output, Optional<String> baseUrl) {
        return new SiteBuilder(CLOCK, line -> {})
                .build(new BakeRequest(new SiteSource(site), output, baseUrl));
    }

    public static void copyTree(Path from, Path to) {
        FileTrees.copy(from, to);
    }

    /**
     * Writes a link cache into a fixture copy: alpha's URL verified ok and delta's broken (404),
     * both checked on 2026-11-20.
     */
    public static void plantLinkCache(Path site) throws java.io.IOException {
        LinkCache cache = LinkCache.empty();
        Instant at = Instant.parse("2026-11-20T10:00:00Z");
        cache.remember(
                "https://alpha.example.org/course/",
                new LinkResult.Ok(200, "https://alpha.example.org/course/"),
                at);
        cache.remember(
                "https://delta.example.org/certificate",
                new LinkResult.Broken(404, "Not Found"),
                at);
        Files.createDirectories(site.resolve(".cache"));
        cache.write(site.resolve(".cache/links.json"));
    }
}
