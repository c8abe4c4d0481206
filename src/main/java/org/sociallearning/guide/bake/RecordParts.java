package org.sociallearning.guide.bake;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.List;

/**
 * A record class's components with their accessors, looked up once per class: {@code
 * getRecordComponents()} builds new objects on every call, and a fresh accessor's first calls take
 * reflection's slow access check. Per card on every listing page, that was the largest share of the
 * render (JFR, 10,000 entries). {@link TemplateData} and {@link PageDigest} both read views through
 * it.
 */
final class RecordParts {

    /** One component: its name, and how to read it from a record. */
    record Part(String name, Method accessor) {
        Object read(Record record) {
            try {
                return accessor.invoke(record);
            } catch (IllegalAccessException | InvocationTargetException e) {
                throw new IllegalStateException(
                        "cannot read " + name + " of " + record.getClass(), e);
            }
        }
    }

    private static final ClassValue<List<Part>> PARTS =
            new ClassValue<>() {
                @Override
                protected List<Part> computeValue(Class<?> type) {
                    RecordComponent[] components = type.getRecordComponents();
                    Part[] parts = new Part[components.length];
                    for (int i = 0; i < components.length; i++) {
                        Method accessor = components[i].getAccessor();
                        accessor.setAccessible(true);
                        parts[i] = new Part(components[i].getName(), accessor);
                    }
                    return List.of(parts);
                }
            };

    private RecordParts() {}

    /** The components of a record's class, in declaration order. */
    static List<Part> of(Record record) {
        return PARTS.get(record.getClass());
    }
}
