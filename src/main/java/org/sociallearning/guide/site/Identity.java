package org.sociallearning.guide.site;

/**
 * A key that is equal only to a key for the very same object: for records, which never change, a
 * result worked out from one is valid for as long as that object is used.
 */
public record Identity(Object value) {

    @Override
    public boolean equals(Object other) {
        return other instanceof Identity i && i.value == value;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(value);
    }
}
