package org.sociallearning.guide.check;

import java.net.IDN;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Decides, just before each request (the first and every redirect hop), whether a URL's host may be
 * requested: it is resolved, and a loopback, link-local, private, multicast, unspecified or
 * broadcast address refuses it, unless private addresses are allowed.
 *
 * <p>Residual risk (DNS rebinding): the HTTP client (Jsoup) resolves the host again and cannot be
 * told to connect to the address checked here. Both resolutions go through the JVM's resolver,
 * whose positive cache (networkaddress.cache.ttl, 30 s by default) hands the client the same answer
 * the guard just saw, and the guard runs right before each request; a resolver that is not cached
 * (a security manager policy, a cache expiring between the two calls) could still be raced.
 */
final class AddressGuard {

    private final HostResolver resolver;
    private final boolean allowPrivate;

    AddressGuard(HostResolver resolver, boolean allowPrivate) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.allowPrivate = allowPrivate;
    }

    /** Why the URL must not be requested, or empty when it may. */
    Optional<String> refusal(String url) {
        if (allowPrivate) {
            return Optional.empty();
        }
        Optional<String> host = host(url);
        if (host.isEmpty()) {
            return Optional.of("no host the checker can resolve safely");
        }
        InetAddress[] addresses;
        try {
            addresses = resolver.resolve(host.get());
        } catch (UnknownHostException | SecurityException e) {
            return Optional.empty(); // the request fails the same way: an unknown host is broken
        }
        for (InetAddress address : addresses) {
            Optional<String> kind = AddressClass.nonPublic(address);
            if (kind.isPresent()) {
                return Optional.of(
                        host.get()
                                + " resolves to "
                                + address.getHostAddress()
                                + ", a "
                                + kind.get()
                                + " address: not requested (--allow-private requests it)");
            }
        }
        return Optional.empty();
    }

    /** The URL's host as the resolver takes it: IPv6 literals without brackets, IDN as ASCII. */
    private static Optional<String> host(String url) {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
        String host = uri.getHost();
        if (host == null && uri.getAuthority() != null) {
            String authority = uri.getAuthority();
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            host =
                    colon > 0 && !authority.endsWith("]")
                            ? authority.substring(0, colon)
                            : authority;
            try {
                host = IDN.toASCII(host);
            } catch (IllegalArgumentException e) {
                return Optional.empty();
            }
        }
        if (host == null || host.isEmpty()) {
            return Optional.empty();
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        return Optional.of(host.toLowerCase(Locale.ROOT));
    }
}
