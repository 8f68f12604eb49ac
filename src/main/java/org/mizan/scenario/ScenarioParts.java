package org.mizan.scenario;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.mizan.dossier.Element;
import org.mizan.dossier.FactReader;
import org.mizan.dossier.FactType;
import org.mizan.problem.NearNames;
import org.mizan.problem.SourceLocation;

/**
 * A scenario file split into its top-level parts by one pass of the dossier's fact reader: each key's value as a
 * located {@link Element}, and the facts under {@code "add"} by type, read exactly as fact files are.
 */
record ScenarioParts(SourceLocation start, Map<String, Element> values, Map<String, SourceLocation> keys,
                     List<Added> added) {

    /** One fact written under {@code "add"}, not yet bound. */
    record Added(FactType type, Element element) {
    }

    static Optional<ScenarioParts> read(JsonParser p, FactReader reader) throws IOException {
        p.nextToken();
        SourceLocation start = location(reader, p);
        if (p.currentToken() != JsonToken.START_OBJECT) {
            reader.problem(start, "a scenario must be an object { \"baseline\": …, \"title\": …, … }");
            return Optional.empty();
        }
        Map<String, Element> values = new LinkedHashMap<>();
        Map<String, SourceLocation> keys = new LinkedHashMap<>();
        List<Added> added = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            keys.put(key, location(reader, p));
            p.nextToken();
            if (key.equals("add") && p.currentToken() == JsonToken.START_OBJECT) {
                added.addAll(readAdd(p, reader));
            } else if (key.equals("add")) {
                reader.problem(reader.element(p).start(), "\"add\" must be an object of fact lists, e.g. "
                        + "{ \"claims\": [ … ] }");
            } else {
                values.put(key, reader.element(p));
            }
        }
        return Optional.of(new ScenarioParts(start, values, keys, added));
    }

    private static List<Added> readAdd(JsonParser p, FactReader reader) throws IOException {
        List<Added> added = new ArrayList<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            SourceLocation keyAt = location(reader, p);
            p.nextToken();
            Element list = reader.element(p);
            Optional<FactType> type = FactType.ofKey(key);
            if (type.isEmpty()) {
                reader.problem(keyAt, "unknown fact list \"" + key + "\" in \"add\"" + NearNames.hint(key,
                        FactKind.keys()) + " (allowed: " + FactType.keys() + ")");
            } else if (!list.node().isArray()) {
                reader.problem(keyAt, "\"" + key + "\" in \"add\" must be a list [ … ] of " + type.get().label() + " entries");
            } else {
                for (int i = 0; i < list.node().size(); i++) {
                    added.add(new Added(type.get(), LocatedJson.slice(list, "/" + i)));
                }
            }
        }
        return added;
    }

    private static SourceLocation location(FactReader reader, JsonParser p) {
        var at = p.currentTokenLocation();
        return new SourceLocation(reader.file(), at.getLineNr(), at.getColumnNr());
    }
}
