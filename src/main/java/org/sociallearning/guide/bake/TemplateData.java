package org.sociallearning.guide.bake;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sociallearning.guide.site.PageView;

/**
 * The boundary between the site's typed page views and Freemarker: a record becomes a map of its
 * components, recursively, so templates read {@code entry.title} and a name the view does not have
 * is an error at render time. Only records, lists, strings, numbers and booleans may cross; any
 * other type is a bug in the view.
 */
final class TemplateData {

    private TemplateData() {}

    /** A page view's components, the top-level names its template reads. */
    static Map<String, Object> of(PageView view) {
        if (!(view instanceof Record record)) {
            throw new IllegalArgumentException("a page view must be a record: " + view);
        }
        return components(record);
    }

    private static Object convert(Object value) {
        if (value instanceof Record record) {
            return components(record);
        }
        if (value instanceof List<?> list) {
            // A loop, not a stream: a stream per list of every view cost more than the conversion
            // in the launcher's C1-only JVM (JFR, 1,000 entries).
            List<Object> converted = new ArrayList<>(list.size());
            for (Object element : list) {
                converted.add(convert(element));
            }
            return Collections.unmodifiableList(converted);
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException(
                "a page view may hold records, lists, strings, numbers and booleans, not "
                        + (value == null ? "null" : value.getClass().getName()));
    }

    private static Map<String, Object> components(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordParts.Part part : RecordParts.of(record)) {
            map.put(part.name(), convert(part.read(record)));
        }
        return Collections.unmodifiableMap(map);
    }
}
