package org.sociallearning.guide.validate;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/**
 * What makes an entry's {@code url} or a {@code sources} address acceptable, and the form two URLs
 * are compared in.
 */
final class UrlRules {

    private UrlRules() {}

    /** Why an entry's {@code url} is not acceptable, or empty when it is. */
    static Optional<String> problemWith(String url) {
        return problemWith("url", url, false);
    }

    /**
     * Why a URL given in a field is not acceptable, or empty when it is.
     *
     * @param field the field's name, for the message
     * @param httpsOnly whether {@code http://} is refused too
     */
    static Optional<String> problemWith(String field, String url, boolean httpsOnly) {
        if (url.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            return Optional.of(field + " contains white space; write spaces as %20");
        }
        int colon = url.indexOf(':');
        String scheme = colon < 0 ? "" : url.substring(0, colon).toLowerCase(Locale.ROOT);
        if (colon > 0 && !scheme.equals("https") && (httpsOnly || !scheme.equals("http"))) {
            return Optional.of(
                    field
                            + " scheme \""
                            + url.substring(0, colon)
                            + ":\" is not allowed; only https://"
                            + (httpsOnly ? "" : " and http://")
                            + " links are");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.of(
                    field + " is malformed: " + e.getReason() + " at index " + e.getIndex());
        }
        if (uri.getScheme() == null || uri.isOpaque()) {
            return Optional.of(field + " must be absolute, starting with https://");
        }
        if (uri.getRawUserInfo() != null) {
            return Optional.of(field + " must not contain a user name or password");
        }
        if (uri.getHost() == null || !uri.getHost().contains(".")) {
            return Optional.of(field + " has no valid host name after " + uri.getScheme() + "://");
        }
        return Optional.empty();
    }

    /**
     * The form used to find duplicates: scheme, {@code www.}, host case, default port and a
     * trailing slash do not make two URLs different.
     */
    static String normalise(String url) {
        try {
            URI uri = new URI(url.strip());
            String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
            if (host.startsWith("www.")) {
                host = host.substring(4);
            }
            int port = uri.getPort();
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            boolean defaultPort =
                    port == -1
                            || (port == 80 && scheme.equals("http"))
                            || (port == 443 && scheme.equals("https"));
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            while (path.endsWith("/")) {
                path = path.substring(0, path.length() - 1);
            }
            String query = uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery();
            return host + (defaultPort ? "" : ":" + port) + path + query;
        } catch (URISyntaxException e) {
            return url.strip().toLowerCase(Locale.ROOT);
        }
    }
}
