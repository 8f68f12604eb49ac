package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The engine analysts' templates run in: plain text out, plain maps in, nothing reached by reflection. */
class PlainTextMustacheFactoryTest {

    @TempDir
    Path dir;

    record Secret(String name) {
        public String getName() {
            return name;
        }
    }

    private String render(String template, Map<String, Object> data) {
        StringWriter out = new StringWriter();
        new PlainTextMustacheFactory(Map.of()).compile(new StringReader(template), "t").execute(out, data);
        return out.toString();
    }

    @Test
    void values_are_looked_up_in_maps_only_never_through_methods_or_fields_of_objects() {
        assertEquals("[]", render("[{{#obj}}{{name}}{{/obj}}]", Map.of("obj", new Secret("hidden"))));
        assertEquals("[shown]", render("[{{#obj}}{{name}}{{/obj}}]", Map.of("obj", Map.of("name", "shown"))));
    }

    @Test
    void text_is_written_as_it_is() {
        assertEquals("<b> & \"q\" '", render("{{v}}", Map.of("v", "<b> & \"q\" '")));
    }
}
