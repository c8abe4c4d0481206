package org.sociallearning.guide.cli;

import java.nio.file.Path;
import org.sociallearning.guide.source.SiteSource;
import picocli.CommandLine.Option;

/** The {@code --source} option every command that reads a site shares (a picocli mixin). */
final class SourceOption {

    @Option(
            names = {"-s", "--source"},
            paramLabel = "DIR",
            defaultValue = ".",
            description =
                    "The site's source folder, holding jbake.properties (default: ${DEFAULT-VALUE}).")
    Path folder;

    SiteSource site() {
        return new SiteSource(folder);
    }

    /** A path given on the command line, relative to the source folder unless absolute. */
    Path resolve(Path path) {
        return path.isAbsolute() ? path : site().root().resolve(path);
    }
}
