package org.sociallearning.guide.entry;

/** How bad a problem is: errors stop a bake, warnings are reported and let it go on. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word used in reports, as compilers write it. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
