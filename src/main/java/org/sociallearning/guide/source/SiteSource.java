package org.sociallearning.guide.source;

import java.nio.file.Path;
import java.util.Objects;

/** A site's source folder and the well-known places in it. */
public record SiteSource(Path root) {

    public SiteSource {
        root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    public Path properties() {
        return root.resolve("jbake.properties");
    }

    public Path taxonomy() {
        return root.resolve("data").resolve("taxonomy.yaml");
    }

    public Path content() {
        return root.resolve("content");
    }

    public Path entries() {
        return content().resolve("entries");
    }

    public Path templates() {
        return root.resolve("templates");
    }

    public Path assets() {
        return root.resolve("assets");
    }
}
