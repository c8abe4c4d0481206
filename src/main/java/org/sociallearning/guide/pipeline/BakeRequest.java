package org.sociallearning.guide.pipeline;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.sociallearning.guide.entry.BaseUrl;
import org.sociallearning.guide.source.SiteSource;

/**
 * What to bake, where to, and an optional base URL that overrides {@code site.host}: valid, since
 * the caller parsed it with {@link BaseUrl} and blamed a bad one on its own option.
 *
 * @param changed the source files changed since the same builder's last bake, when a watcher knows
 *     them exactly (the preview); empty to look at every file
 */
public record BakeRequest(
        SiteSource source,
        Path output,
        Optional<String> baseUrl,
        Optional<java.time.Instant> sourceDate,
        boolean full,
        Optional<Set<Path>> changed) {
    public BakeRequest {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(output, "output");
        baseUrl.ifPresent(BaseUrl::of); // throws for a base URL the caller did not check
        Objects.requireNonNull(sourceDate, "sourceDate");
        changed = changed.map(Set::copyOf);
    }

    public BakeRequest(
            SiteSource source,
            Path output,
            Optional<String> baseUrl,
            Optional<java.time.Instant> sourceDate) {
        this(source, output, baseUrl, sourceDate, false, Optional.empty());
    }

    public BakeRequest(SiteSource source, Path output, Optional<String> baseUrl) {
        this(source, output, baseUrl, Optional.empty());
    }

    /** The same request as a clean bake: nothing carried over from the previous output. */
    public BakeRequest fully() {
        return new BakeRequest(source, output, baseUrl, sourceDate, true, Optional.empty());
    }

    /** The same request, naming the files changed since the last bake. */
    public BakeRequest withChanged(Set<Path> files) {
        return new BakeRequest(source, output, baseUrl, sourceDate, full, Optional.of(files));
    }
}
