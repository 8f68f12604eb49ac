package org.mizan.scenario;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.mizan.dossier.Element;
import org.mizan.problem.SourceLocation;

/**
 * A JSON tree in which every value knows where it stands, built from an {@link Element} of the dossier's fact
 * reader, so a problem found after parsing (an unknown id, a bad grade) still points at its line and column.
 * A value inside an object stands where its key is written, as the dossier's own messages point.
 */
public record LocatedJson(JsonNode value, SourceLocation at, Map<String, Field> fields, List<LocatedJson> items) {

    /** A member of an object: where its key stands, and its value. */
    public record Field(SourceLocation keyAt, LocatedJson value) {
    }

    public static LocatedJson of(Element element) {
        return build(element, "", element.node(), element.start());
    }

    /** The part of an element at {@code pointer} as an element of its own, e.g. a change's {@code set} object. */
    public static Element slice(Element element, String pointer) {
        Map<String, SourceLocation> places = new LinkedHashMap<>();
        element.places().forEach((p, at) -> {
            if (p.startsWith(pointer + "/")) {
                places.put(p.substring(pointer.length()), at);
            }
        });
        return new Element(element.node().at(pointer), element.at(pointer), places);
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

    private static LocatedJson build(Element e, String pointer, JsonNode node, SourceLocation at) {
        Map<String, Field> fields = new LinkedHashMap<>();
        List<LocatedJson> items = new ArrayList<>();
        if (node.isObject()) {
            node.properties().forEach(p -> {
                String child = pointer + "/" + p.getKey().replace("~", "~0").replace("/", "~1");
                SourceLocation keyAt = e.at(child);
                fields.put(p.getKey(), new Field(keyAt, build(e, child, p.getValue(), keyAt)));
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                String child = pointer + "/" + i;
                items.add(build(e, child, node.get(i), e.at(child)));
            }
        }
        return new LocatedJson(node, at, fields, items);
    }
}
