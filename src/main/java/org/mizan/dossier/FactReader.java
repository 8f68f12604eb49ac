package org.mizan.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Reads facts of the dossier's shapes from one JSON file, remembering where each record was written and collecting
 * problems instead of stopping at the first: the dossier loader and the scenario loader both build on it.
 * Syntax errors are not recoverable and propagate as {@link JsonProcessingException}; turn them into a problem with
 * {@link #syntaxProblem}.
 */
public final class FactReader {

    private final String file;
    private final ElementReader elements;
    private final List<Problem> problems = new ArrayList<>();
    private final Locations locations = new Locations();
    private final Set<String> unboundIds = new LinkedHashSet<>();
    private final Vocabulary vocabulary;

    /** @param file the file as messages name it, e.g. {@code DisplayPaths.of(path)} */
    public FactReader(String file) {
        this(file, Vocabulary.shipped());
    }

    /** A reader that also knows the kinds a dossier declares. */
    public FactReader(String file, Vocabulary vocabulary) {
        this.file = file;
        this.elements = new ElementReader(file);
        this.vocabulary = vocabulary;
    }

    public String file() {
        return file;
    }

    /** Reads the value at the parser's current token, with the location of each of its fields. */
    public Element element(JsonParser parser) throws IOException {
        return elements.read(parser);
    }

    /** Binds an element to a record; on failure notes its problems (and the element's id) and returns empty. */
    public <T> Optional<T> bind(Element element, Class<T> type, String label) {
        Binder.Result<T> result = Binder.bind(element, type, label, vocabulary);
        result.record().ifPresent(record -> locations.put(record, element));
        if (result.record().isEmpty()) {
            problems.addAll(result.problems());
            Optional.ofNullable(element.id()).ifPresent(unboundIds::add);
        }
        return result.record();
    }

    /** Reads the array at the parser's current token as records of {@code type}; anything but an array is a problem. */
    public <T> List<T> readArray(JsonParser parser, Class<T> type, String label) throws IOException {
        List<T> records = new ArrayList<>();
        if (parser.currentToken() != JsonToken.START_ARRAY) {
            Element wrong = element(parser);
            problem(wrong.start(), "expected a list [...] of " + label + " entries under \""
                    + parser.currentName() + "\"");
            return records;
        }
        while (parser.nextToken() != JsonToken.END_ARRAY) {
            bind(element(parser), type, label).ifPresent(records::add);
        }
        return records;
    }

    /** Reads a list of facts of one type, e.g. the value of {@code "bases"}. */
    public List<Fact> readFacts(JsonParser parser, FactType type) throws IOException {
        return new ArrayList<>(readArray(parser, type.recordType(), type.label()));
    }

    /**
     * Applies a change ({@code {"status": "closed", "evidence": {"credibility": 4}}}) to a fact: objects merge field
     * by field, anything else replaces. The changed fact is located at the change, where its problems are reported.
     */
    public Optional<Fact> change(Fact original, Element change) {
        FactType type = FactType.of(original);
        if (!change.node().isObject()) {
            problem(change.start(), "a change to " + Report.name(original) + " must be an object {...} of fields to set");
            return Optional.empty();
        }
        JsonNode renamed = change.node().get("id");
        if (renamed != null && !renamed.asText().equals(original.id())) {
            problem(change.at("/id"), "a change cannot rename " + Report.name(original) + "; add a new fact instead");
            return Optional.empty();
        }
        ObjectNode merged = DossierJson.mapper().valueToTree(original);
        merge(merged, (ObjectNode) change.node());
        return bind(new Element(merged, change.start(), change.places()), type.recordType(), type.label())
                .map(Fact.class::cast);
    }

    private static void merge(ObjectNode target, ObjectNode change) {
        change.properties().forEach(field -> {
            JsonNode current = target.get(field.getKey());
            if (current instanceof ObjectNode into && field.getValue() instanceof ObjectNode from) {
                merge(into, from);
            } else if (current instanceof ArrayNode items && field.getValue() instanceof ObjectNode from
                    && field.getKey().equals("evidence")) {
                // A change to a fact with several items of evidence applies to each of them.
                items.forEach(item -> {
                    if (item instanceof ObjectNode into) {
                        merge(into, from);
                    }
                });
            } else {
                target.set(field.getKey(), field.getValue());
            }
        });
    }

    public void problem(SourceLocation where, String message) {
        problems.add(new Problem(where, message));
    }

    /** Notes a syntax error where Jackson found it (1-based line and column). */
    public void syntaxProblem(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        SourceLocation where = at == null ? SourceLocation.ofFile(file)
                : new SourceLocation(file, at.getLineNr(), at.getColumnNr());
        problems.add(new Problem(where, "invalid JSON: " + plain(e.getOriginalMessage())));
    }

    /**
     * Jackson's message without its reader's internals ("[Source: REDACTED (...); line: 54, column: 5]" becomes
     * "line 54, column 5"), and with what to do about a file that ends too early: a truncated file is the usual cause.
     */
    private static String plain(String message) {
        String plain = message.replaceAll("\\[Source: [^;]*; line: (\\d+), column: (\\d+)\\]", "line $1, column $2");
        return plain.startsWith("Unexpected end-of-input") ? plain + ": the file ends before what it opened is closed"
                + " (cut short?); restore its end" : plain;
    }

    public List<Problem> problems() {
        return List.copyOf(problems);
    }

    /** Where each record read so far was written. */
    public Locations locations() {
        return locations;
    }

    /** Ids of elements that were written but could not be read: references to them are not "unknown". */
    public Set<String> unboundIds() {
        return Set.copyOf(unboundIds);
    }
}
