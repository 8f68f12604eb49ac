package org.mizan.scenario;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.mizan.dossier.DossierJson;

/**
 * Reads and replaces the components of a record by name. Scenarios change facts field by field, and facts are
 * immutable records: a change builds a new record through the canonical constructor, so its checks still run.
 */
public final class RecordFields {

    private RecordFields() {
    }

    /** The names as fact files write them ({@code evidence} for the component {@code evidenceItems}). */
    public static List<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(DossierJson::fieldName).toList();
    }

    public static Optional<RecordComponent> component(Class<?> type, String name) {
        return Arrays.stream(type.getRecordComponents()).filter(c -> named(c, name)).findFirst();
    }

    private static boolean named(RecordComponent c, String name) {
        return c.getName().equals(name) || DossierJson.fieldName(c).equals(name);
    }

    public static Object get(Record record, String name) {
        RecordComponent c = component(record.getClass(), name)
                .orElseThrow(() -> new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name));
        return read(record, c);
    }

    /** A copy of {@code record} with one component replaced. */
    @SuppressWarnings("unchecked")
    public static <R extends Record> R with(R record, String name, Object value) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        boolean found = false;
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            found |= named(components[i], name);
            args[i] = named(components[i], name) ? value : read(record, components[i]);
        }
        if (!found) {
            throw new IllegalArgumentException(record.getClass().getSimpleName() + " has no " + name);
        }
        return (R) construct(record.getClass(), types, args);
    }

    private static Object read(Record record, RecordComponent c) {
        try {
            return c.getAccessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.getName() + " of " + record, e);
        }
    }

    private static Object construct(Class<?> type, Class<?>[] types, Object[] args) {
        try {
            Constructor<?> canonical = type.getDeclaredConstructor(types);
            return canonical.newInstance(args);
        } catch (InvocationTargetException e) {
            throw new IllegalArgumentException(e.getCause().getMessage(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot rebuild " + type.getSimpleName(), e);
        }
    }
}
