package org.mizan.dossier;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mizan.problem.Problem;

/**
 * Turns an {@link Element} into a record, or into problems at the offending fields: all unknown fields and bad
 * values of the element (see {@link SoftProblems}), and at most one structural failure (wrong type, missing number),
 * after which Jackson cannot go on. Absent list fields become empty lists, so rules can iterate them without null
 * checks; whether a list may be empty is the validator's call.
 */
final class Binder {

    private Binder() {
    }

    /** The record, or empty with every problem found on the way; never both a record and problems. */
    record Result<T>(Optional<T> record, List<Problem> problems) {
    }

    static <T> Result<T> bind(Element element, Class<T> type, String label) {
        return bind(element, type, label, Vocabulary.shipped());
    }

    /** Binds with the kinds {@code vocabulary} declares, as well as the shipped ones. */
    static <T> Result<T> bind(Element element, Class<T> type, String label, Vocabulary vocabulary) {
        SoftProblems soft = new SoftProblems(UnknownFields.find(element.node(), type, label));
        ObjectReader reader = DossierJson.mapper().readerFor(type)
                .withAttribute(SoftProblems.ATTRIBUTE, soft).withAttribute(Vocabulary.ATTRIBUTE, vocabulary)
                .withHandler(soft);
        List<Problem> problems = new ArrayList<>();
        T record = null;
        try {
            record = reader.readValue(withEmptyLists(element, type));
        } catch (JsonMappingException e) {
            problems.add(problem(element, label, e));
        } catch (IOException e) {
            problems.add(new Problem(element.start(), "cannot read " + label + ": " + e.getMessage()));
        }
        List<Problem> all = new ArrayList<>();
        soft.found().forEach(p -> all.add(new Problem(element.at(p.pointer()), p.message())));
        all.addAll(problems);
        return all.isEmpty() ? new Result<>(Optional.of(record), List.of()) : new Result<>(Optional.empty(), all);
    }

    private static JsonNode withEmptyLists(Element element, Class<?> type) {
        if (!element.node().isObject() || !type.isRecord()) {
            return element.node();
        }
        ObjectNode copy = ((ObjectNode) element.node()).deepCopy();
        for (RecordComponent c : type.getRecordComponents()) {
            if (List.class.isAssignableFrom(c.getType()) && !copy.has(jsonName(c))) {
                copy.putArray(jsonName(c));
            }
        }
        return copy;
    }

    static String jsonName(RecordComponent component) {
        return DossierJson.fieldName(component);
    }

    /** The user's view of why {@code element} (a {@code label}, e.g. "base") did not bind. */
    static Problem problem(Element element, String label, JsonMappingException e) {
        String pointer = asWritten(element.node(), pointer(e.getPath()));
        return new Problem(element.at(pointer), message(element, label, pointer, e));
    }

    private static String message(Element element, String label, String pointer, JsonMappingException e) {
        if (e instanceof BadValueException bad) {
            return bad.userMessage();
        }
        if (e instanceof MismatchedInputException && !pointer.isEmpty() && element.node().at(pointer).isMissingNode()) {
            return "missing field \"" + dotted(pointer) + "\" in " + label + idSuffix(element);
        }
        if (e instanceof MismatchedInputException mismatch && !pointer.isEmpty()) {
            return "wrong type for \"" + dotted(pointer) + "\": expected " + expected(mismatch.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch) {
            return "a " + label + " must be " + expected(mismatch.getTargetType());
        }
        return "cannot read " + label + ": " + e.getOriginalMessage();
    }

    private static String idSuffix(Element element) {
        return element.id() == null ? "" : " \"" + element.id() + "\"";
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
            return "an object {" + Arrays.stream(target.getRecordComponents()).map(Binder::jsonName)
                    .map(n -> "\"" + n + "\"").collect(Collectors.joining(", ")) + "}";
        }
        return "a " + target.getSimpleName();
    }

    /** Evidence written as one object is item 0 of the list Jackson reads: point at the object as written. */
    static String asWritten(JsonNode node, String pointer) {
        JsonNode evidence = node.get("evidence");
        return evidence != null && evidence.isObject() ? pointer.replaceFirst("^/evidence/0(?=/|$)", "/evidence")
                : pointer;
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
