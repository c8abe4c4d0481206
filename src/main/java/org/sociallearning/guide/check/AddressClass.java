package org.sociallearning.guide.check;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.Optional;

/**
 * What kind of non-public address an IP address is, if any: the addresses a link checker run on a
 * CI runner must never be turned against (its own loopback, the cloud's metadata service at
 * 169.254.169.254, the private network around it). IPv4 addresses inside IPv6 ones (mapped,
 * compatible, NAT64 and 6to4) are judged as the IPv4 address they carry.
 */
final class AddressClass {

    private AddressClass() {}

    /** {@code "loopback"}, {@code "link-local"}, {@code "private"}...; empty for a public one. */
    static Optional<String> nonPublic(InetAddress address) {
        if (address instanceof Inet6Address v6) {
            Optional<Inet4Address> inner = embeddedIpv4(v6.getAddress());
            return inner.isPresent() ? nonPublic(inner.get()) : ipv6(v6);
        }
        return ipv4(address.getAddress());
    }

    private static Optional<String> ipv4(byte[] b) {
        int a = b[0] & 0xff;
        int c = b[1] & 0xff;
        if (a == 127) {
            return Optional.of("loopback");
        }
        if (a == 169 && c == 254) {
            return Optional.of("link-local");
        }
        if (a == 10 || (a == 172 && c >= 16 && c <= 31) || (a == 192 && c == 168)) {
            return Optional.of("private");
        }
        if (a == 100 && c >= 64 && c <= 127) {
            return Optional.of("shared (carrier-grade NAT)");
        }
        if (a == 0) {
            return Optional.of("unspecified");
        }
        if (a >= 224 && a <= 239) {
            return Optional.of("multicast");
        }
        if (a == 255 && Arrays.equals(b, new byte[] {-1, -1, -1, -1})) {
            return Optional.of("broadcast");
        }
        if (a >= 240) {
            return Optional.of("reserved");
        }
        if (a == 192 && c == 0 && (b[2] & 0xff) == 0) {
            return Optional.of("reserved");
        }
        if (a == 198 && (c == 18 || c == 19)) {
            return Optional.of("reserved");
        }
        return Optional.empty();
    }

    private static Optional<String> ipv6(Inet6Address v6) {
        byte[] b = v6.getAddress();
        if (v6.isLoopbackAddress()) {
            return Optional.of("loopback");
        }
        if (v6.isAnyLocalAddress()) {
            return Optional.of("unspecified");
        }
        if (v6.isMulticastAddress()) {
            return Optional.of("multicast");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0x80) {
            return Optional.of("link-local");
        }
        if ((b[0] & 0xfe) == 0xfc) {
            return Optional.of("private (unique local)");
        }
        if ((b[0] & 0xff) == 0xfe && (b[1] & 0xc0) == 0xc0) {
            return Optional.of("private (site-local)");
        }
        return Optional.empty();
    }

    /** The IPv4 address inside ::ffff:a.b.c.d, ::a.b.c.d, 64:ff9b::a.b.c.d and 2002:ab:cd::. */
    private static Optional<Inet4Address> embeddedIpv4(byte[] b) {
        boolean zeros80 = allZero(b, 0, 10);
        if (zeros80 && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
            return v4(b, 12);
        }
        if (zeros80 && b[10] == 0 && b[11] == 0 && !allZero(b, 12, 15)) {
            return v4(b, 12); // IPv4-compatible, but not :: or ::1
        }
        if ((b[0] & 0xff) == 0
                && (b[1] & 0xff) == 0x64
                && (b[2] & 0xff) == 0xff
                && (b[3] & 0xff) == 0x9b
                && allZero(b, 4, 12)) {
            return v4(b, 12);
        }
        if ((b[0] & 0xff) == 0x20 && (b[1] & 0xff) == 0x02) {
            return v4(b, 2);
        }
        return Optional.empty();
    }

    private static boolean allZero(byte[] b, int from, int to) {
        for (int i = from; i < to; i++) {
            if (b[i] != 0) {
                return false;
            }
        }
        return true;
    }

    private static Optional<Inet4Address> v4(byte[] b, int at) {
        try {
            return Optional.of(
                    (Inet4Address) InetAddress.getByAddress(Arrays.copyOfRange(b, at, at + 4)));
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
