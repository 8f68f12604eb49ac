package org.mizan.dossier;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mizan.problem.Problem;

/**
 * Turns an {@link Element} into a record, and a failure into one {@link Problem} at the offending field. Absent list
 * fields become empty lists, so rules can iterate them without null checks; whether a list may be empty is the
 * validator's call.
 */
final class Binder {

    private Binder() {
    }

    static <T> T bind(Element element, Class<T> type) throws JsonMappingException {
        try {
            return DossierJson.mapper().treeToValue(withEmptyLists(element, type), type);
        } catch (JsonMappingException e) {
            throw e;
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw JsonMappingException.fromUnexpectedIOE(e);
        }
    }

    private static JsonNode withEmptyLists(Element element, Class<?> type) {
        if (!element.node().isObject() || !type.isRecord()) {
            return element.node();
        }
        ObjectNode copy = ((ObjectNode) element.node()).deepCopy();
        for (RecordComponent c : type.getRecordComponents()) {
            if (List.class.isAssignableFrom(c.getType()) && !copy.has(c.getName())) {
                copy.putArray(c.getName());
            }
        }
        return copy;
    }

    /** The user's view of why {@code element} (a {@code label}, e.g. "base") did not bind. */
    static Problem problem(Element element, String label, JsonMappingException e) {
        String pointer = pointer(e.getPath());
        return new Problem(element.at(pointer), message(label, pointer, e));
    }

    private static String message(String label, String pointer, JsonMappingException e) {
        if (e instanceof BadValueException bad) {
            return bad.userMessage();
        }
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "unknown field \"" + unknown.getPropertyName() + "\" in " + container(label, pointer)
                    + " (allowed: " + names(unknown.getKnownPropertyIds()) + ")";
        }
        if (e instanceof MismatchedInputException mismatch && !pointer.isEmpty()) {
            return "wrong type for \"" + dotted(pointer) + "\": expected " + expected(mismatch.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "a " + label + " must be " + expected(mismatch.getTargetType());
        }
        return "cannot read " + label + ": " + e.getOriginalMessage();
    }

    private static String container(String label, String pointer) {
        int cut = pointer.lastIndexOf('/');
        return cut <= 0 ? label : "\"" + dotted(pointer.substring(0, cut)) + "\"";
    }

    private static String names(Collection<Object> known) {
        return known.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    static String expected(Class<?> target) {
        if (target == null) {
            return "another kind of value";
        }
        if (target == int.class || target == Integer.class) {
            return "a whole number";
        }
        if (target == String.class || target == LocalDate.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(target)) {
            return "a list [...]";
        }
        if (target.isRecord()) {
            return "an object {" + java.util.Arrays.stream(target.getRecordComponents()).map(RecordComponent::getName)
                    .map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")) + "}";
        }
        return "a " + target.getSimpleName();
    }

    static String pointer(List<JsonMappingException.Reference> path) {
        StringBuilder p = new StringBuilder();
        for (JsonMappingException.Reference ref : path) {
            p.append('/').append(ref.getFieldName() != null ? ref.getFieldName() : String.valueOf(ref.getIndex()));
        }
        return p.toString();
    }

    /** {@code /parties/1} as a reader says it: {@code parties[1]}; {@code /evidence/source}: {@code evidence.source}. */
    static String dotted(String pointer) {
        StringBuilder s = new StringBuilder();
        for (String part : pointer.substring(1).split("/")) {
            if (part.chars().allMatch(Character::isDigit)) {
                s.append('[').append(part).append(']');
            } else {
                s.append(s.length() == 0 ? "" : ".").append(part);
            }
        }
        return s.toString();
    }
}
