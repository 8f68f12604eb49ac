package org.mizan.dossier;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.module.SimpleSerializers;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.FieldLength;
import org.mizan.problem.TextCharacters;

/**
 * The one JSON dialect of fact files: comments and trailing commas allowed (analysts annotate their files), unknown
 * fields and duplicate keys rejected, enums in lower snake case ({@code press_report}), dates as ISO {@code yyyy-MM-dd}.
 * Admiralty grades ({@link Reliability}) keep their upper-case letters, as analysts write them.
 * Bad values raise {@link BadValueException}, whose message is fit for the user.
 */
public final class DossierJson {

    /**
     * Each record's JSON field names by component name, looked up once per class: asked for every field of every
     * element read, the reflection (a copy of the accessor, its annotations) was most of what loading allocated.
     */
    private static final ClassValue<Map<String, String>> FIELD_NAMES = new ClassValue<>() {
        @Override
        protected Map<String, String> computeValue(Class<?> record) {
            Map<String, String> names = new HashMap<>();
            for (RecordComponent c : record.getRecordComponents()) {
                // @JsonProperty does not target record components: Java hands it on to the accessor.
                JsonProperty renamed = c.getAccessor().getAnnotation(JsonProperty.class);
                names.put(c.getName(), renamed != null && !renamed.value().isEmpty() ? renamed.value() : c.getName());
            }
            return Map.copyOf(names);
        }
    };

    private static final ObjectMapper MAPPER = build();

    private DossierJson() {
    }

    /** The shared, thread-safe mapper; also writes facts back in the same dialect (for scenario merges). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * A parser over a UTF-8 file, reading characters rather than bytes so that columns count letters as an editor
     * does (an Arabic letter is two bytes). Throws {@link java.nio.charset.MalformedInputException} on other encodings,
     * and an {@link org.mizan.problem.InputException} for a value longer than {@link FieldLength#MAX}.
     */
    public static JsonParser parser(Path file) throws IOException {
        long size = Files.size(file);
        if (size > MAX_FILE_BYTES) {
            throw new FileTooLargeException(size);
        }
        String text = Files.readString(file);
        FieldLength.requireInJson(DisplayPaths.of(file), text);
        return MAPPER.createParser(text);
    }

    /**
     * The largest fact file read: the article's dossier is a few hundred kilobytes, and a file of hundreds of
     * megabytes (a pasted dump) would exhaust the memory before any line of it could be reported.
     */
    public static final long MAX_FILE_BYTES = 10L * 1024 * 1024;

    /** A fact file over {@link #MAX_FILE_BYTES}, refused before it is read. */
    public static final class FileTooLargeException extends IOException {
        private final long size;

        FileTooLargeException(long size) {
            super("file of " + size + " bytes");
            this.size = size;
        }

        /** What the analyst reads, e.g. "the file is 200 MB; a fact file may be at most 10 MB: split it". */
        public String userMessage() {
            return "the file is " + (size + (1 << 20) - 1) / (1 << 20) + " MB; a fact file may be at most "
                    + MAX_FILE_BYTES / (1 << 20) + " MB: split it into several files";
        }
    }

    /** The name a fact file writes a record component under: {@code evidence} for {@code evidenceItems}. */
    public static String fieldName(RecordComponent component) {
        return FIELD_NAMES.get(component.getDeclaringRecord()).get(component.getName());
    }


    /** Lower snake case of an enum constant, as fact files write it. */
    public static String jsonName(Enum<?> value) {
        return value instanceof Reliability ? value.name() : value.name().toLowerCase(Locale.ROOT);
    }

    /** The allowed JSON values of an enum, comma separated, for messages. */
    public static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(DossierJson::jsonName).collect(Collectors.joining(", "));
    }

    private static ObjectMapper build() {
        JsonFactory factory = JsonFactory.builder()
                .enable(JsonReadFeature.ALLOW_JAVA_COMMENTS)
                .enable(JsonReadFeature.ALLOW_TRAILING_COMMA)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .build();
        SimpleModule module = new SimpleModule("mizan-dossier");
        module.setDeserializers(new EnumAndDateDeserializers());
        SimpleSerializers serializers = new SimpleSerializers();
        serializers.addSerializer(new EnumSerializer());
        serializers.addSerializer(new TermSerializer());
        serializers.addSerializer(new DateSerializer());
        module.setSerializers(serializers);
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .addModule(module)
                .build();
    }

    private static final class EnumAndDateDeserializers extends SimpleDeserializers {
        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                        BeanDescription beanDesc) {
            return new EnumDeserializer((Class) type);
        }

        @Override
        public JsonDeserializer<?> findBeanDeserializer(JavaType type, DeserializationConfig config,
                                                        BeanDescription beanDesc) {
            if (type.hasRawClass(String.class)) {
                return new TextDeserializer();
            }
            if (type.hasRawClass(Term.class) && type.containedTypeCount() == 1) {
                return new TermDeserializer(type.containedType(0).getRawClass());
            }
            return type.hasRawClass(LocalDate.class) ? new DateDeserializer() : null;
        }
    }

    private static final class EnumDeserializer<E extends Enum<E>> extends JsonDeserializer<E> {
        private final Class<E> type;

        EnumDeserializer(Class<E> type) {
            this.type = type;
        }

        @Override
        public E deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : p.getValueAsString();
            for (E constant : type.getEnumConstants()) {
                if (jsonName(constant).equals(text)) {
                    return constant;
                }
            }
            return fail(p, ctxt, "invalid " + label(p) + " \"" + (text == null ? p.getText() : text)
                    + "\" (allowed: " + allowed(type) + ")");
        }
    }

    /**
     * A kind: a shipped term of the field's scheme, or one the dossier declares beneath it (the {@link Vocabulary}
     * the bind carries); anything else is refused with the shipped terms listed.
     */
    private static final class TermDeserializer extends JsonDeserializer<Term<?>> {
        private final Class<?> scheme;

        TermDeserializer(Class<?> scheme) {
            this.scheme = scheme;
        }

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Term<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.currentToken() == JsonToken.VALUE_STRING ? p.getText() : null;
            Object attribute = ctxt.getAttribute(Vocabulary.ATTRIBUTE);
            Vocabulary vocabulary = attribute instanceof Vocabulary v ? v : Vocabulary.shipped();
            Optional<Term<?>> term = text == null ? Optional.empty() : (Optional) vocabulary.term((Class) scheme, text);
            if (term.isPresent()) {
                return term.get();
            }
            return fail(p, ctxt, "invalid " + label(p) + " \"" + (text == null ? p.getText() : text)
                    + "\" (allowed: " + allowed((Class) scheme) + "; or a narrower kind the dossier declares under \""
                    + Vocabulary.KEY + "\" with \"scheme\": \"" + Vocabulary.scheme(scheme) + "\")");
        }
    }

    /**
     * Text is text: a number or true where text belongs ({@code "id": 42}) is refused rather than turned into "42",
     * and so are characters no renderer can draw the same way (a NUL, other control characters, half of a surrogate
     * pair), which the PDF and the Word file would otherwise show differently.
     */
    private static final class TextDeserializer extends JsonDeserializer<String> {
        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                String shown = p.currentToken() != null && p.currentToken().isScalarValue() ? p.getText()
                        : p.currentToken() == JsonToken.START_ARRAY ? "a list [...]" : "an object {...}";
                return fail(p, ctxt, "\"" + label(p) + "\" must be text in quotes, not " + shown
                        + (p.currentToken() != null && p.currentToken().isScalarValue()
                        ? " (write \"" + p.getText() + "\")" : ""));
            }
            String text = p.getText();
            String bad = TextCharacters.firstBad(text, TextCharacters.isArabic(label(p), text));
            return bad == null ? text : fail(p, ctxt, "\"" + label(p) + "\" holds " + bad);
        }
    }

    private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getText();
            try {
                if (p.currentToken() == JsonToken.VALUE_STRING) {
                    return LocalDate.parse(text);
                }
            } catch (DateTimeParseException e) {
                // falls through to the user-facing message below
            }
            return fail(p, ctxt, "invalid date \"" + text + "\" in \"" + label(p)
                    + "\" (expected an ISO date yyyy-MM-dd, e.g. 2025-11-10)");
        }
    }

    /** Null when a bind collects problems (it reports this one and drops the element), an exception otherwise. */
    private static <T> T fail(JsonParser p, DeserializationContext ctxt, String message) throws BadValueException {
        if (SoftProblems.note(ctxt, p, message)) {
            return null;
        }
        throw new BadValueException(p, message);
    }

    private static String label(JsonParser p) {
        String name = p.getParsingContext().getCurrentName();
        return name == null ? "value" : name;
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class EnumSerializer extends StdSerializer<Enum> {
        EnumSerializer() {
            super(Enum.class);
        }

        @Override
        public void serialize(Enum value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(jsonName(value));
        }
    }

    @SuppressWarnings("rawtypes")
    private static final class TermSerializer extends StdSerializer<Term> {
        TermSerializer() {
            super(Term.class);
        }

        @Override
        public void serialize(Term value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.name());
        }
    }

    private static final class DateSerializer extends StdSerializer<LocalDate> {
        DateSerializer() {
            super(LocalDate.class);
        }

        @Override
        public void serialize(LocalDate value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.toString());
        }
    }
}
