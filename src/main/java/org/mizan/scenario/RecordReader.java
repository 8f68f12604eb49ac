package org.mizan.scenario;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.mizan.problem.Problem;

/**
 * Builds records from located JSON, checking every field against the record's components, so that each
 * unknown field or bad value becomes its own problem with line and column (Jackson would stop at the first).
 * Enum values are lower snake case; a missing field is null (0 for numbers).
 */
final class RecordReader {

    private final List<Problem> problems;

    RecordReader(List<Problem> problems) {
        this.problems = problems;
    }

    /** The record, or null when any of its fields is wrong (the problems are recorded). */
    <R extends Record> R read(LocatedJson json, Class<R> type, String what) {
        if (!json.isObject()) {
            return fail(json, what + " must be an object { … }");
        }
        int before = problems.size();
        for (var field : json.fields().entrySet()) {
            if (RecordFields.component(type, field.getKey()).isEmpty()) {
                problems.add(new Problem(field.getValue().keyAt(), "unknown field \"" + field.getKey() + "\" in "
                        + what + "; allowed: " + String.join(", ", RecordFields.names(type))));
            }
        }
        RecordComponent[] components = type.getRecordComponents();
        Object[] args = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            args[i] = value(json.get(components[i].getName()), components[i].getGenericType(),
                    components[i].getName());
        }
        return problems.size() > before ? null : construct(json, type, types, args, what);
    }

    /** One value of the given Java type, or null when it is wrong (the problem is recorded). */
    Object value(LocatedJson json, Type type, String field) {
        Class<?> raw = type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
        if (json == null || json.value().isNull()) {
            return raw == int.class ? 0 : raw == List.class ? List.of() : null;
        }
        if (raw.isEnum()) {
            return enumValue(json, raw, field);
        }
        if (raw == String.class) {
            return json.value().isTextual() ? json.value().asText() : fail(json, "\"" + field + "\" must be a string");
        }
        if (raw == int.class || raw == Integer.class) {
            return json.value().isInt() ? json.value().asInt() : fail(json, "\"" + field + "\" must be a whole number");
        }
        if (raw == LocalDate.class) {
            return date(json, field);
        }
        if (raw == List.class) {
            return list(json, ((ParameterizedType) type).getActualTypeArguments()[0], field);
        }
        if (raw.isRecord()) {
            return read(json, raw.asSubclass(Record.class), "\"" + field + "\"");
        }
        return fail(json, "\"" + field + "\" cannot be set from a scenario");
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object enumValue(LocatedJson json, Class<?> type, String field) {
        Class<? extends Enum<?>> enumType = (Class<? extends Enum<?>>) (Class) type;
        String word = json.value().asText();
        return Enums.parse(enumType, word).map(e -> (Object) e).orElseGet(() -> fail(json,
                "bad value \"" + word + "\" for \"" + field + "\"; allowed: " + String.join(", ", Enums.words(enumType))));
    }

    private Object list(LocatedJson json, Type itemType, String field) {
        if (!json.isArray()) {
            return fail(json, "\"" + field + "\" must be a list [ … ]");
        }
        List<Object> items = new ArrayList<>();
        for (LocatedJson item : json.items()) {
            items.add(value(item, itemType, field));
        }
        return items.contains(null) ? null : List.copyOf(items);
    }

    private Object date(LocatedJson json, String field) {
        try {
            return LocalDate.parse(json.value().asText());
        } catch (DateTimeParseException e) {
            return fail(json, "\"" + field + "\" must be a date like 2025-11-10");
        }
    }

    private <R> R construct(LocatedJson json, Class<R> type, Class<?>[] types, Object[] args, String what) {
        try {
            return type.getDeclaredConstructor(types).newInstance(args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            return fail(json, what + ": " + e.getCause().getMessage());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
        }
    }

    private <T> T fail(LocatedJson json, String message) {
        problems.add(new Problem(json.at(), message));
        return null;
    }
}
