package org.mizan.dossier;

import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.mizan.problem.SourceLocation;

/**
 * One JSON value as read from a fact file, with where it and each of its parts stand. {@code places} maps JSON
 * pointers ({@code /evidence/source}, {@code /parties/1}) to the location of the field name or array element.
 */
public record Element(JsonNode node, SourceLocation start, Map<String, SourceLocation> places) {

    public Element {
        places = Map.copyOf(places);
    }

    /** Where the part at {@code pointer} stands; the nearest enclosing part that is known otherwise. */
    public SourceLocation at(String pointer) {
        String p = places.containsKey(pointer) ? pointer : unwrapped(pointer);
        while (!p.isEmpty()) {
            SourceLocation known = places.get(p);
            if (known != null) {
                return known;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
        return start;
    }

    /**
     * A fact's evidence may be written as one object instead of a list: item 0 of the list is then the object itself
     * ({@code /evidence/0/excerpt} stands at {@code /evidence/excerpt}).
     */
    private String unwrapped(String pointer) {
        String single = pointer.replaceFirst("^/evidence/0(?=/|$)", "/evidence");
        return places.containsKey(single) || !places.containsKey("/evidence/0") ? single : pointer;
    }

    /** The element's {@code id} field, or null: lets a caller name an element that failed to bind. */
    public String id() {
        JsonNode id = node.get("id");
        return id != null && id.isTextual() ? id.asText() : null;
    }
}
