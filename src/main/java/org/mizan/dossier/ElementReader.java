package org.mizan.dossier;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import org.mizan.problem.SourceLocation;

/**
 * Reads one JSON value from a streaming parser into a tree, noting the location of every field and array element
 * on the way: a tree alone forgets where things were, and messages must point at the line.
 */
final class ElementReader {

    private final String file;

    ElementReader(String file) {
        this.file = file;
    }

    /** Reads the value at the parser's current token; leaves the parser on the value's last token. */
    Element read(JsonParser parser) throws IOException {
        SourceLocation start = location(parser.currentTokenLocation());
        String root = pointerOf(parser);
        Map<String, SourceLocation> places = new HashMap<>();
        try (TokenBuffer buffer = new TokenBuffer(parser)) {
            int depth = 0;
            do {
                JsonToken token = parser.currentToken();
                if (token == JsonToken.FIELD_NAME || !token.isStructEnd() && inArray(parser)) {
                    places.put(pointerOf(parser).substring(root.length()), location(parser.currentTokenLocation()));
                }
                buffer.copyCurrentEvent(parser);
                depth += token.isStructStart() ? 1 : token.isStructEnd() ? -1 : 0;
            } while (depth > 0 && parser.nextToken() != null);
            JsonNode node = DossierJson.mapper().readTree(buffer.asParser());
            return new Element(node, start, places);
        }
    }

    /** The context a token belongs to: a structure's start token already opened its own context. */
    private static JsonStreamContext owner(JsonParser parser) {
        JsonStreamContext context = parser.getParsingContext();
        return parser.currentToken().isStructStart() ? context.getParent() : context;
    }

    private static boolean inArray(JsonParser parser) {
        JsonStreamContext owner = owner(parser);
        return owner != null && owner.inArray();
    }

    private static String pointerOf(JsonParser parser) {
        JsonStreamContext owner = owner(parser);
        return owner == null ? "" : owner.pathAsPointer().toString();
    }

    private SourceLocation location(JsonLocation at) {
        return new SourceLocation(file, at.getLineNr(), at.getColumnNr());
    }
}
