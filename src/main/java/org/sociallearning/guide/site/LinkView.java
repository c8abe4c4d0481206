package org.sociallearning.guide.site;

/**
 * What readers are told about an entry's link.
 *
 * @param verified the last day it was found working, empty when never checked
 * @param broken whether the last check found it broken
 * @param detail what went wrong, empty when nothing did
 */
public record LinkView(String verified, boolean broken, String detail) {

    static LinkView unchecked() {
        return new LinkView("", false, "");
    }

    static LinkView of(LinkHealth health) {
        return new LinkView(
                health.lastVerified().map(Object::toString).orElse(""),
                health.broken(),
                health.detail());
    }
}
