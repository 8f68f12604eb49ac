package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/** The pieces a scenario loader reuses: reading facts from any JSON position, with locations, and re-binding. */
class FactReaderTest {

    /** A scenario-shaped file: its own top-level keys, with dossier-shaped facts inside. */
    static final String SCENARIO = """
            {
              "scenario": "drawdown",
              "add": {
                "bases": [
                  %s
                ]
              }
            }
            """.formatted(DossierLoaderErrorsTest.BASE);

    private static JsonParser parserAt(String json, String key) throws IOException {
        JsonParser parser = DossierJson.mapper().createParser(json);
        while (parser.nextToken() != null) {
            if (parser.currentToken() == JsonToken.FIELD_NAME && parser.currentName().equals(key)) {
                parser.nextToken();
                return parser;
            }
        }
        throw new AssertionError("no key " + key);
    }

    @Test
    void reads_facts_of_a_named_type_from_inside_another_document() throws IOException {
        FactReader reader = new FactReader("facts/scenarios/drawdown.json");
        List<Fact> facts = reader.readFacts(parserAt(SCENARIO, "bases"), FactType.BASES);
        Base base = (Base) facts.get(0);
        assertEquals("base-kobani", base.id());
        assertEquals(Optional.of(new SourceLocation("facts/scenarios/drawdown.json", 5, 7)),
                reader.locations().start(base));
        int operatorColumn = 7 + DossierLoaderErrorsTest.BASE.indexOf("\"operator\"");
        assertEquals(Optional.of(new SourceLocation("facts/scenarios/drawdown.json", 5, operatorColumn)),
                reader.locations().locate(base, "/operator"));
        assertEquals(List.of(), reader.problems());
    }

    @Test
    void an_element_knows_where_its_nested_parts_are() throws IOException {
        String json = "{\n  \"x\": { \"a\": [1, { \"b\": 2 }] }\n}";
        Element element = new FactReader("f.json").element(parserAt(json, "x"));
        assertEquals(new SourceLocation("f.json", 2, 8), element.start());
        assertEquals(new SourceLocation("f.json", 2, 21), element.at("/a/1/b"));
        assertEquals(new SourceLocation("f.json", 2, 19), element.at("/a/1/c"));
        assertEquals(element.start(), element.at("/nothing"));
    }

    @Test
    void a_changed_fact_is_rebound_through_its_json_form() throws IOException {
        Base base = (Base) new FactReader("f.json").readFacts(parserAt(SCENARIO, "bases"), FactType.BASES).get(0);
        ObjectNode tree = DossierJson.mapper().valueToTree(base);
        assertEquals("logistics", tree.get("role").asText());
        tree.put("status", "closed");
        Base changed = DossierJson.mapper().treeToValue(tree, Base.class);
        assertEquals(BaseStatus.CLOSED, changed.status().concept());
    }

    @Test
    void a_bad_value_in_a_change_is_a_problem_at_the_change() throws IOException {
        String change = "{ \"set\": { \"status\": \"gone\" } }";
        FactReader reader = new FactReader("s.json");
        Element set = reader.element(parserAt(change, "set"));
        assertTrue(reader.bind(set, StatusOnly.class, "change").isEmpty());
        assertEquals(List.of(new Problem(new SourceLocation("s.json", 1, 12), "invalid status \"gone\" (allowed:"
                + " prospective, offered, under_negotiation, agreed, in_place, active, reported, paused, closed, denied, unknown)")), reader.problems());
    }

    @Test
    void a_change_merges_into_the_fact_field_by_field() throws IOException {
        FactReader reader = new FactReader("s.json");
        Base base = (Base) reader.readFacts(parserAt(SCENARIO, "bases"), FactType.BASES).get(0);
        String json = "{ \"change\": { \"status\": \"closed\", \"evidence\": { \"credibility\": 4 } } }";
        Base changed = (Base) reader.change(base, reader.element(parserAt(json, "change"))).orElseThrow();
        assertEquals(BaseStatus.CLOSED, changed.status().concept());
        assertEquals(4, changed.evidence().credibility());
        assertEquals(base.evidence().excerpt(), changed.evidence().excerpt());
        assertEquals(base.operator(), changed.operator());
        assertEquals(Optional.of(new SourceLocation("s.json", 1, 13)), reader.locations().start(changed));
    }

    @Test
    void a_change_with_an_unknown_field_is_reported_at_the_change() throws IOException {
        FactReader reader = new FactReader("s.json");
        Base base = (Base) reader.readFacts(parserAt(SCENARIO, "bases"), FactType.BASES).get(0);
        String json = "{ \"change\": { \"stauts\": \"closed\" } }";
        assertTrue(reader.change(base, reader.element(parserAt(json, "change"))).isEmpty());
        assertEquals(List.of(new Problem(new SourceLocation("s.json", 1, 15), "unknown field \"stauts\" in base"
                + " (allowed: id, name, location, operator, role, status, evidence, supersedes, approxPosition)")),
                reader.problems());
    }

    @Test
    void a_change_cannot_rename_a_fact() throws IOException {
        FactReader reader = new FactReader("s.json");
        Base base = (Base) reader.readFacts(parserAt(SCENARIO, "bases"), FactType.BASES).get(0);
        String json = "{ \"change\": { \"id\": \"base-other\" } }";
        assertTrue(reader.change(base, reader.element(parserAt(json, "change"))).isEmpty());
        assertEquals("a change cannot rename base \"base-kobani\"; add a new fact instead",
                reader.problems().get(0).message());
    }

    /** A fragment a scenario might bind on its own. */
    record StatusOnly(BaseStatus status) {
    }

    @Test
    void sources_write_their_dates_and_grades_as_fact_files_do() {
        ObjectNode tree = DossierJson.mapper().valueToTree(DossierValidatorTest.SOURCE);
        assertEquals("2025-11-10", tree.get("date").asText());
        assertEquals("C", tree.get("reliability").asText());
        assertEquals("ar", tree.get("language").asText());
    }
}
