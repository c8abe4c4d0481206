package org.sociallearning.guide.bake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.sociallearning.guide.site.PageSpec;

/**
 * A page's input hash: SHA-256 over a canonical serialization of exactly what its template sees
 * (the view, walked like {@link TemplateData} walks it, every string length-prefixed so no two
 * different views serialize alike), its template kind and its path. Together with the hash of the
 * template's files and of the settings, two pages with the same digest render to the same bytes.
 */
public final class PageDigest {

    private PageDigest() {}

    /** The digest of one planned page, mixed with {@code salt} (templates and settings). */
    public static byte[] of(PageSpec page, byte[] salt) {
        MessageDigest digest = sha256();
        digest.update(salt);
        string(digest, page.path());
        string(digest, page.template());
        value(digest, page.view());
        return digest.digest();
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK always has SHA-256", e);
        }
    }

    private static void value(MessageDigest digest, Object value) {
        if (value instanceof Record record) {
            digest.update((byte) 'R');
            string(digest, record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                string(digest, component.getName());
                try {
                    value(digest, component.getAccessor().invoke(record));
                } catch (IllegalAccessException | InvocationTargetException e) {
                    throw new IllegalStateException(
                            "cannot read " + component.getName() + " of " + record.getClass(), e);
                }
            }
        } else if (value instanceof List<?> list) {
            digest.update((byte) 'L');
            integer(digest, list.size());
            for (Object element : list) {
                value(digest, element);
            }
        } else if (value instanceof String s) {
            digest.update((byte) 'S');
            string(digest, s);
        } else if (value instanceof Number || value instanceof Boolean) {
            digest.update((byte) 'N');
            string(digest, value.getClass().getName() + ":" + value);
        } else {
            // The same types TemplateData lets through; anything else is a bug in the view.
            throw new IllegalArgumentException(
                    "a page view may hold records, lists, strings, numbers and booleans, not "
                            + (value == null ? "null" : value.getClass().getName()));
        }
    }

    private static void string(MessageDigest digest, String s) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        integer(digest, bytes.length);
        digest.update(bytes);
    }

    private static void integer(MessageDigest digest, int n) {
        digest.update((byte) (n >>> 24));
        digest.update((byte) (n >>> 16));
        digest.update((byte) (n >>> 8));
        digest.update((byte) n);
    }
}
