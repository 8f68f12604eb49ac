package org.mizan.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * A JSON tree that remembers where every value and key stands, so that a problem found long after parsing
 * (an unknown id, a bad enum value) can still point at its line and column. Comments and trailing commas are
 * allowed, as in the dossier files.
 */
public record LocatedJson(JsonNode value, SourceLocation at, Map<String, Field> fields, List<LocatedJson> items) {

    /** A member of an object: where its key stands, and its value. */
    public record Field(SourceLocation keyAt, LocatedJson value) {
    }

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
            .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .build();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY);

    public static LocatedJson parse(String text, String file) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            parser.nextToken();
            LocatedJson root = read(parser, file);
            if (parser.nextToken() != null) {
                throw new InputException(problemAt(file, parser.currentTokenLocation(),
                        "unexpected text after the end of the scenario object"));
            }
            return root;
        } catch (JsonParseException e) {
            throw new InputException(problemAt(file, e.getLocation(), e.getOriginalMessage()));
        } catch (IOException e) {
            throw new InputException(Problem.at(file, 0, 0, "cannot read: " + e.getMessage()));
        }
    }

    public boolean isObject() {
        return value.isObject();
    }

    public boolean isArray() {
        return value.isArray();
    }

    public LocatedJson get(String key) {
        Field f = fields.get(key);
        return f == null ? null : f.value();
    }

    private static LocatedJson read(JsonParser p, String file) throws IOException {
        SourceLocation at = location(file, p.currentTokenLocation());
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return readObject(p, file, at);
        }
        if (token == JsonToken.START_ARRAY) {
            return readArray(p, file, at);
        }
        JsonNode scalar = MAPPER.readTree(p);
        return new LocatedJson(scalar, at, Map.of(), List.of());
    }

    private static LocatedJson readObject(JsonParser p, String file, SourceLocation at) throws IOException {
        Map<String, Field> fields = new LinkedHashMap<>();
        var node = MAPPER.createObjectNode();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceLocation keyAt = location(file, p.currentTokenLocation());
            p.nextToken();
            LocatedJson child = read(p, file);
            fields.put(key, new Field(keyAt, child));
            node.set(key, child.value());
        }
        return new LocatedJson(node, at, fields, List.of());
    }

    private static LocatedJson readArray(JsonParser p, String file, SourceLocation at) throws IOException {
        List<LocatedJson> items = new ArrayList<>();
        var node = MAPPER.createArrayNode();
        while (p.nextToken() != JsonToken.END_ARRAY) {
            LocatedJson child = read(p, file);
            items.add(child);
            node.add(child.value());
        }
        return new LocatedJson(node, at, Map.of(), items);
    }

    private static SourceLocation location(String file, JsonLocation l) {
        return new SourceLocation(file, l.getLineNr(), l.getColumnNr());
    }

    private static Problem problemAt(String file, JsonLocation l, String message) {
        return new Problem(location(file, l), message);
    }
}
