package org.sociallearning.guide.entry;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * The absolute URL a site is published at, such as {@code https://example.org/guide/}: the one
 * parser of {@code site.host}, {@code bake --base-url} and {@code check-links --base-url}.
 *
 * @param origin {@code https://example.org} (lower-case scheme and host, port kept)
 * @param path the base path, starting and ending with {@code /}
 */
public record BaseUrl(String origin, String path) {

    public BaseUrl {
        Objects.requireNonNull(origin, "origin");
        if (!path.startsWith("/") || !path.endsWith("/")) {
            throw new IllegalArgumentException("a base path starts and ends with /: " + path);
        }
    }

    /**
     * Parses a base URL, or says what is wrong with it.
     *
     * @return the base URL, or empty with the reason given to {@code why}
     */
    public static Optional<BaseUrl> parse(String text, java.util.function.Consumer<String> why) {
        Objects.requireNonNull(text, "text");
        String example = ", e.g. https://example.org/guide/";
        URI uri;
        try {
            uri = new URI(text.strip());
        } catch (URISyntaxException e) {
            why.accept(
                    "a base URL must be absolute http(s)"
                            + example
                            + ": \""
                            + text
                            + "\" is not a URL");
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
            why.accept("a base URL must be absolute http(s)" + example + ": \"" + text + "\"");
            return Optional.empty();
        }
        if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
            why.accept("a base URL must not have a query or fragment: \"" + text + "\"");
            return Optional.empty();
        }
        if (uri.getRawUserInfo() != null) {
            why.accept("a base URL must not have a user name or password: \"" + text + "\"");
            return Optional.empty();
        }
        String path =
                uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return Optional.of(
                new BaseUrl(
                        scheme + "://" + uri.getRawAuthority().toLowerCase(Locale.ROOT),
                        path.endsWith("/") ? path : path + "/"));
    }

    /**
     * Parses a base URL known to be valid (a test's, a default's).
     *
     * @throws IllegalArgumentException when it is not
     */
    public static BaseUrl of(String text) {
        StringBuilder why = new StringBuilder();
        return parse(text, why::append)
                .orElseThrow(() -> new IllegalArgumentException(why.toString()));
    }

    /** {@code https://example.org/guide/}. */
    @Override
    public String toString() {
        return origin + path;
    }
}
