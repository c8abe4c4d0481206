package org.sociallearning.guide.site;

/** A step of a page's breadcrumb trail; the page itself has an empty path. */
public record Crumb(String label, String path) {}
