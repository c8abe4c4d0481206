package org.sociallearning.guide.pipeline;

import java.io.IOException;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sociallearning.guide.check.LinkCache;
import org.sociallearning.guide.check.LinkStatus;
import org.sociallearning.guide.entry.Entry;
import org.sociallearning.guide.entry.Problem;
import org.sociallearning.guide.entry.SourceLocation;
import org.sociallearning.guide.site.LinkHealth;
import org.sociallearning.guide.source.SiteSource;

/**
 * Reads what the external link check last found (its cache, {@code .cache/links.json}) for the
 * entries' URLs, so entry pages can say when their link was last verified and flag a broken one.
 * The bake never touches the network: no cache means nothing is shown.
 */
final class LinkHealthReader {

    static final String CACHE = ".cache/links.json";

    /** The health of each entry URL the cache knows, and a warning when the cache is unreadable. */
    record Result(Map<String, LinkHealth> links, Optional<Problem> problem) {}

    Result read(SiteSource source, List<Entry> entries) {
        Path file = source.root().resolve(CACHE);
        StringBuilder why = new StringBuilder();
        Optional<LinkCache> read;
        try {
            read = LinkCache.read(file, why::append);
        } catch (IOException e) {
            why.append(e);
            read = Optional.empty();
        }
        if (read.isEmpty()) {
            return new Result(
                    Map.of(),
                    Optional.of(
                            Problem.warning(
                                    SourceLocation.of(Path.of(CACHE)),
                                    "cannot read the link cache, so entry pages show no link health: "
                                            + why,
                                    "delete it; the next ./guide check-links external writes a new one")));
        }
        LinkCache cache = read.get();
        Map<String, LinkHealth> links = new HashMap<>();
        for (Entry entry : entries) {
            cache.status(entry.url()).ifPresent(status -> links.put(entry.url(), health(status)));
        }
        return new Result(links, Optional.empty());
    }

    private static LinkHealth health(LinkStatus status) {
        String checked = status.checkedAt().atOffset(ZoneOffset.UTC).toLocalDate().toString();
        String answer =
                status.code() > 0
                        ? "it answered " + status.code()
                        : "it did not answer (" + status.message() + ")";
        return new LinkHealth(
                status.lastVerified().map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate()),
                status.isBroken(),
                "When the guide last checked it on " + checked + ", " + answer + ".");
    }
}
