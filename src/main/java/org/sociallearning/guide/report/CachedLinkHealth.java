package org.sociallearning.guide.report;

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
import org.sociallearning.guide.site.LinkHealth;

/**
 * The entries' link health as the external link check's cache ({@code .cache/links.json}) last
 * recorded it: read only, never a request. A missing cache knows no link.
 */
final class CachedLinkHealth {

    static final String CACHE = ".cache/links.json";

    /** The health by URL, and why the cache could not be read when it could not. */
    record Result(Map<String, LinkHealth> links, Optional<String> unreadable) {}

    private CachedLinkHealth() {}

    static Result read(Path siteRoot, List<Entry> entries) {
        StringBuilder why = new StringBuilder();
        Optional<LinkCache> cache;
        try {
            cache = LinkCache.read(siteRoot.resolve(CACHE), why::append);
        } catch (IOException e) {
            why.append(e.getMessage());
            cache = Optional.empty();
        }
        if (cache.isEmpty()) {
            return new Result(Map.of(), Optional.of(why.toString()));
        }
        Map<String, LinkHealth> links = new HashMap<>();
        for (Entry e : entries) {
            cache.get().status(e.url()).ifPresent(s -> links.put(e.url(), health(s)));
        }
        return new Result(links, Optional.empty());
    }

    private static LinkHealth health(LinkStatus status) {
        return new LinkHealth(
                status.lastVerified().map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate()),
                status.isBroken(),
                status.code() > 0 ? "answered " + status.code() : status.message());
    }
}
