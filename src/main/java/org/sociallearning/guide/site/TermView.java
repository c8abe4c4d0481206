package org.sociallearning.guide.site;

/**
 * One facet value as readers see it: its label and description, its facet page, and how many
 * published entries carry it.
 */
public record TermView(String id, String label, String description, String path, int count) {}
