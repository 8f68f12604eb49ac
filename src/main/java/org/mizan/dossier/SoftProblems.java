package org.mizan.dossier;

import java.io.IOException;
import java.util.ArrayList;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;

/**
 * Problems that need not stop binding one element (an unknown field, an unknown enum value, a malformed date), so
 * that all of them are reported at once. Lives in the deserialization context as an attribute for one bind.
 */
final class SoftProblems extends DeserializationProblemHandler {

    static final Object ATTRIBUTE = SoftProblems.class;

    /** One problem at a JSON pointer inside the element being bound. */
    record Soft(String pointer, String message) {
    }

    private final String label;
    private final List<Soft> found = new ArrayList<>();

    SoftProblems(String label) {
        this.label = label;
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

    @Override
    public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                                         Object beanOrClass, String propertyName) throws IOException {
        String pointer = pointer(p.getParsingContext(), p);
        int cut = pointer.lastIndexOf('/');
        String container = cut <= 0 ? label : "\"" + Binder.dotted(pointer.substring(0, cut)) + "\"";
        found.add(new Soft(pointer, "unknown field \"" + propertyName + "\" in " + container + " (allowed: "
                + allowed(deserializer) + ")"));
        p.skipChildren();
        return true;
    }

    /** In the record's own order, which is the order the documentation and the fact files use. */
    private static String allowed(JsonDeserializer<?> deserializer) {
        Class<?> type = deserializer.handledType();
        if (type != null && type.isRecord()) {
            return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName)
                    .collect(Collectors.joining(", "));
        }
        return deserializer.getKnownPropertyNames().stream().map(String::valueOf).sorted()
                .collect(Collectors.joining(", "));
    }

    /** The pointer of the current value: a structure's start token has already opened its own context. */
    private static String pointer(JsonStreamContext context, JsonParser p) {
        JsonStreamContext owner = p.currentToken() != null && p.currentToken().isStructStart()
                ? context.getParent() : context;
        return owner == null ? "" : owner.pathAsPointer().toString();
    }
}
