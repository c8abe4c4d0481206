package org.sociallearning.guide.bake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
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
            return list.stream().map(TemplateData::convert).toList();
        }
        if (value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        throw new IllegalArgumentException(
                "a page view may hold records, lists, strings, numbers and booleans, not "
                        + (value == null ? "null" : value.getClass().getName()));
    }

    /**
     * Each record class's components with their accessors, looked up once: {@code
     * getRecordComponents()} builds new objects on every call, and a fresh accessor's first calls
     * take reflection's slow access check; per card on every listing page that was the largest
     * share of the render (JFR, 10,000 entries).
     */
    private static final ClassValue<RecordComponent[]> COMPONENTS =
            new ClassValue<>() {
                @Override
                protected RecordComponent[] computeValue(Class<?> type) {
                    RecordComponent[] components = type.getRecordComponents();
                    for (RecordComponent c : components) {
                        c.getAccessor().setAccessible(true);
                    }
                    return components;
                }
            };

    private static Map<String, Object> components(Record record) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (RecordComponent component : COMPONENTS.get(record.getClass())) {
            try {
                map.put(component.getName(), convert(component.getAccessor().invoke(record)));
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "cannot read " + component.getName() + " of " + record.getClass(), e);
            }
        }
        return Collections.unmodifiableMap(map);
    }
}
