package org.mizan.dossier;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Finds fields a record does not have, walking the JSON beside the record type. Done here rather than by Jackson
 * because Jackson buffers an unknown field that comes before the record's last known one and then reports it
 * without its place.
 */
final class UnknownFields {

    private UnknownFields() {
    }

    static List<SoftProblems.Soft> find(JsonNode node, Class<?> type, String label) {
        List<SoftProblems.Soft> found = new ArrayList<>();
        walk(node, type, "", label, found);
        return found;
    }

    private static void walk(JsonNode node, Type type, String pointer, String label, List<SoftProblems.Soft> found) {
        if (type instanceof ParameterizedType list && node.isArray()) {
            Type element = list.getActualTypeArguments()[0];
            for (int i = 0; i < node.size(); i++) {
                walk(node.get(i), element, pointer + "/" + i, label, found);
            }
        } else if (type instanceof ParameterizedType list && node.isObject()) {
            walk(node, list.getActualTypeArguments()[0], pointer, label, found); // one item written without [...]
        } else if (type instanceof Class<?> record && record.isRecord() && node.isObject()) {
            walkRecord(node, record, pointer, label, found);
        }
    }

    private static void walkRecord(JsonNode node, Class<?> record, String pointer, String label,
                                   List<SoftProblems.Soft> found) {
        Map<String, RecordComponent> components = Arrays.stream(record.getRecordComponents())
                .collect(Collectors.toMap(Binder::jsonName, Function.identity()));
        node.fieldNames().forEachRemaining(name -> {
            String at = pointer + "/" + name;
            RecordComponent component = components.get(name);
            if (component == null) {
                String container = pointer.isEmpty() ? label : "\"" + Binder.dotted(pointer) + "\"";
                found.add(new SoftProblems.Soft(at, "unknown field \"" + name + "\" in " + container
                        + " (allowed: " + String.join(", ", names(record)) + ")"));
            } else {
                walk(node.get(name), component.getGenericType(), at, label, found);
            }
        });
    }

    /** In the record's own order, which is the order the documentation and the fact files use. */
    private static List<String> names(Class<?> record) {
        return Arrays.stream(record.getRecordComponents()).map(Binder::jsonName).toList();
    }
}
