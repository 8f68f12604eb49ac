package org.mizan.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Problems that need not stop binding one element (an unknown field, an unknown enum value, a malformed date), so
 * that all of them are reported at once; the unknown fields come from {@link UnknownFields}. Lives in the
 * deserialization context as an attribute for one bind.
 */
final class SoftProblems extends DeserializationProblemHandler {

    static final Object ATTRIBUTE = SoftProblems.class;

    /** One problem at a JSON pointer inside the element being bound. */
    record Soft(String pointer, String message) {
    }

    private final List<Soft> found = new ArrayList<>();

    SoftProblems(List<Soft> known) {
        found.addAll(known);
    }

    List<Soft> found() {
        return List.copyOf(found);
    }

    /**
     * Notes a bad value if a bind is collecting them, and says so; a deserializer outside such a bind throws instead.
     */
    static boolean note(DeserializationContext ctxt, JsonParser p, String message) {
        Object collector = ctxt.getAttribute(ATTRIBUTE);
        if (collector instanceof SoftProblems soft) {
            soft.found.add(new Soft(pointer(p.getParsingContext(), p), message));
            return true;
        }
        return false;
    }

    /** Skips the field: {@link UnknownFields} has reported it, with its place. */
    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        p.skipChildren();
        return true;
    }

    /** The pointer of the current value: a structure's start token has already opened its own context. */
    private static String pointer(JsonStreamContext context, JsonParser p) {
        JsonStreamContext owner = p.currentToken() != null && p.currentToken().isStructStart()
                ? context.getParent() : context;
        return owner == null ? "" : owner.pathAsPointer().toString();
    }
}
