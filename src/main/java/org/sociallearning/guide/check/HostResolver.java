package org.sociallearning.guide.check;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** Turns a host name into its addresses; tests pass their own to pretend a host is public. */
@FunctionalInterface
public interface HostResolver {

    InetAddress[] resolve(String host) throws UnknownHostException;

    /**
     * The JVM's resolver, the one the HTTP client uses too: its positive cache (30 s by default)
     * means the request usually reaches the very address the guard just checked.
     */
    static HostResolver system() {
        return InetAddress::getAllByName;
    }
}
