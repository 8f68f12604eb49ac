package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Each kind of damage to a fact file gives one precise problem: where (file, line, column) and what, with what to
 * do where it helps. The fact under test is written on line 3 from column 5 of its file, so a field's column is
 * 5 plus its offset in the fact's text.
 */
class DossierLoaderErrorsTest {

    @TempDir
    Path dir;

    static final String BASE = "{ \"id\": \"base-kobani\", \"name\": { \"en\": \"Kobani\", \"ar\": \"k\" }, "
            + "\"location\": { \"en\": \"Kobani\", \"ar\": \"k\" }, \"operator\": \"us\", \"role\": \"logistics\", "
            + "\"status\": \"active\", " + FactsDir.EVIDENCE + " }";

    static String file(String key, String... facts) {
        return "{\n  \"" + key + "\": [\n    " + String.join(",\n    ", facts) + "\n  ]\n}\n";
    }

    /** Column of {@code needle} in a fact written on line 3 from column 5. */
    static int col(String fact, String needle) {
        return 5 + fact.indexOf(needle);
    }

    private List<Problem> problemsWithBase(String base) {
        return FactsDir.valid(dir).with("bases.json", file("bases", base)).problems();
    }

    private Problem problem(String file, int line, int column, String message) {
        return new Problem(FactsDir.valid(dir).at(file, line, column), message);
    }

    @Test
    void a_syntax_error_is_reported_where_the_parser_stopped() {
        String broken = BASE.replace("\"id\": \"base-kobani\",", "\"id\": \"base-kobani\"");
        assertEquals(List.of(problem("bases.json", 3, col(broken, "\"name\""), "invalid JSON: a comma is missing"
                + " before '\"': separate the entries of an object {...} with commas")), problemsWithBase(broken));
    }

    @Test
    void an_unknown_field_names_the_allowed_ones() {
        String base = BASE.replace("\"status\": \"active\",", "\"status\": \"active\", \"colour\": \"red\",");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"colour\""), "unknown field \"colour\" in base"
                + " (allowed: id, name, location, operator, role, status, evidence, supersedes, approxPosition)")),
                problemsWithBase(base));
    }

    @Test
    void an_unknown_field_in_the_evidence_names_the_evidence_fields() {
        String base = BASE.replace("\"excerpt\"", "\"excerp\"");
        List<Problem> problems = problemsWithBase(base);
        assertEquals(problem("bases.json", 3, col(base, "\"excerp\""), "unknown field \"excerp\" in \"evidence\""
                + " (allowed: source, paragraph, excerpt, credibility, attribution, label, undated, gradeReason)"),
                problems.get(0));
    }

    @Test
    void a_missing_required_field_is_reported_at_its_fact() {
        String base = BASE.replace("\"operator\": \"us\", ", "");
        assertEquals(List.of(problem("bases.json", 3, 5, "missing field \"operator\" in base \"base-kobani\"")),
                problemsWithBase(base));
    }

    @Test
    void a_name_needs_both_languages() {
        String base = BASE.replace("\"name\": { \"en\": \"Kobani\", \"ar\": \"k\" }", "\"name\": { \"en\": \"Kobani\" }");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"name\""),
                "missing field \"name.ar\" in base \"base-kobani\"")), problemsWithBase(base));
    }

    @Test
    void a_missing_paragraph_is_missing_not_zero() {
        String base = BASE.replace("\"paragraph\": 20, ", "");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"evidence\""),
                "missing field \"evidence.paragraph\" in base \"base-kobani\"")), problemsWithBase(base));
    }

    @Test
    void an_invalid_enum_value_lists_the_allowed_values_in_snake_case() {
        String base = BASE.replace("\"logistics\"", "\"air_ops\"");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"role\""), "invalid role \"air_ops\" (allowed:"
                + " command_hub, air_base, naval_base, forward_operations, logistics, training,"
                + " intelligence_and_surveillance, monitoring; or a narrower kind the dossier declares under"
                + " \"kinds\" with \"scheme\": \"base_role\")")), problemsWithBase(base));
    }

    @Test
    void enum_constants_in_upper_case_are_not_accepted() {
        String base = BASE.replace("\"press_report\"", "\"PRESS_REPORT\"");
        assertEquals("invalid attribution \"PRESS_REPORT\" (allowed: officially_announced, press_report,"
                + " field_indicators, officially_denied, analyst_inference, analyst_hypothesis)",
                problemsWithBase(base).get(0).message());
    }

    @Test
    void all_binding_problems_of_one_fact_come_together() {
        String base = BASE.replace("\"logistics\"", "\"air_ops\"").replace("\"active\"", "\"gone\"")
                .replace("\"status\"", "\"colour\": 1, \"status\"");
        assertEquals(3, problemsWithBase(base).size());
    }

    @Test
    void a_wrong_type_says_what_was_expected() {
        String base = BASE.replace("\"paragraph\": 20", "\"paragraph\": \"twenty\"");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"paragraph\""),
                "wrong type for \"evidence.paragraph\": expected a whole number")), problemsWithBase(base));
    }

    @Test
    void a_name_given_as_plain_text_asks_for_both_languages() {
        String base = BASE.replace("\"name\": { \"en\": \"Kobani\", \"ar\": \"k\" }", "\"name\": \"Kobani\"");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"name\""),
                "wrong type for \"name\": expected an object {\"en\", \"ar\"}")), problemsWithBase(base));
    }

    @Test
    void a_fact_must_be_an_object() {
        assertEquals(List.of(problem("bases.json", 3, 5, "a base must be an object {\"id\", \"name\", \"location\","
                + " \"operator\", \"role\", \"status\", \"evidence\", \"supersedes\", \"approxPosition\"}")),
                problemsWithBase("\"base-kobani\""));
    }

    @Test
    void a_duplicate_id_is_reported_at_the_second_id_naming_the_first() {
        FactsDir facts = FactsDir.valid(dir).with("a.json", file("bases", BASE)).with("b.json", file("bases", BASE));
        int id = col(BASE, "\"id\"");
        assertEquals(List.of(new Problem(facts.at("b.json", 3, id), "duplicate id \"base-kobani\": first used by base"
                + " \"base-kobani\" at " + facts.at("a.json", 3, id) + " (ids must be unique across the dossier)")),
                facts.problems());
    }

    @Test
    void an_unknown_actor_says_where_actors_are_declared() {
        String base = BASE.replace("\"operator\": \"us\"", "\"operator\": \"usa\"");
        FactsDir facts = FactsDir.valid(dir);
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"operator\""), "unknown actor \"usa\" in \"operator\""
                + " (declare it under \"actors\", e.g. in " + facts.display("actors.json") + ")")), problemsWithBase(base));
    }

    @Test
    void columns_count_letters_not_bytes() {
        String base = BASE.replace("\"ar\": \"k\"", "\"ar\": \"كوباني\"")
                .replace("\"operator\": \"us\"", "\"operator\": \"usa\"");
        SourceLocation operator = FactsDir.valid(dir).at("bases.json", 3, col(base, "\"operator\""));
        assertEquals(operator, problemsWithBase(base).get(0).where());
    }

    @Test
    void a_file_that_is_not_utf8_says_so_at_the_byte() throws IOException {
        FactsDir facts = FactsDir.valid(dir);
        Files.write(dir.resolve("latin1.json"), new byte[] {'{', '\n', '"', (byte) 0xE9, '"', ':', '1', '}'});
        assertEquals(List.of(new Problem(facts.at("latin1.json", 2, 2), "byte 0xe9 is not UTF-8 text: save the file"
                + " as UTF-8 (an editor's \"encoding\" menu)")), facts.problems());
    }

    @Test
    void a_reference_to_a_fact_that_is_not_an_actor_is_an_error() {
        String second = BASE.replace("base-kobani", "base-raqqa")
                .replace("\"operator\": \"us\"", "\"operator\": \"base-kobani\"");
        List<Problem> problems = FactsDir.valid(dir).with("bases.json", file("bases", BASE, second)).problems();
        assertEquals(List.of(problem("bases.json", 4, col(second, "\"operator\""),
                "\"base-kobani\" in \"operator\" is a base, not an actor")), problems);
    }

    @Test
    void an_unknown_actor_in_a_list_names_its_position() {
        String agreement = "{ \"id\": \"agreement-x\", \"name\": { \"en\": \"X\", \"ar\": \"x\" }, \"kind\": \"ceasefire\","
                + " \"parties\": [\"us\", \"nobody\"], " + FactsDir.EVIDENCE + " }";
        FactsDir facts = FactsDir.valid(dir).with("agreements.json", file("agreements", agreement));
        assertEquals(List.of(new Problem(facts.at("agreements.json", 3, col(agreement, "\"nobody\"")),
                "unknown actor \"nobody\" in \"parties[1]\" (declare it under \"actors\", e.g. in "
                        + facts.display("actors.json") + ")")), facts.problems());
    }

    @Test
    void a_claim_may_be_about_any_fact_but_not_about_nothing() {
        String claim = "{ \"id\": \"claim-x\", \"subject\": \"base-kobani\", \"kind\": \"assessment\","
                + " \"statement\": { \"en\": \"X\", \"ar\": \"x\" }, " + FactsDir.EVIDENCE + " }";
        String dangling = claim.replace("claim-x", "claim-y").replace("\"base-kobani\"", "\"base-nowhere\"");
        FactsDir facts = FactsDir.valid(dir).with("bases.json", file("bases", BASE))
                .with("claims.json", file("claims", claim, dangling));
        assertEquals(List.of(new Problem(facts.at("claims.json", 4, col(dangling, "\"subject\"")),
                "unknown id \"base-nowhere\" in \"subject\" (a claim's subject may be any actor or fact of the dossier)")),
                facts.problems());
    }

    @Test
    void an_unknown_source_lists_the_known_ones() {
        String base = BASE.replace("\"source\": \"src\"", "\"source\": \"srcx\"");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"source\""),
                "unknown source \"srcx\" in \"evidence.source\" (known sources: src)")), problemsWithBase(base));
    }

    @Test
    void a_paragraph_must_lie_within_the_source() {
        String base = BASE.replace("\"paragraph\": 20", "\"paragraph\": 47");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"paragraph\""),
                "paragraph 47 is outside source \"src\", which has paragraphs 1–46")), problemsWithBase(base));
    }

    @Test
    void credibility_is_an_admiralty_grade_from_1_to_6() {
        String base = BASE.replace("\"credibility\": 2", "\"credibility\": 7");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"credibility\""), "credibility 7 is not an Admiralty"
                + " grade (1–6: 1 confirmed, 2 probably true, 3 possibly true, 4 doubtful, 5 improbable,"
                + " 6 cannot be judged)")), problemsWithBase(base));
    }

    @Test
    void an_excerpt_is_a_short_quotation() {
        String base = BASE.replace("\"excerpt\": \"x\"", "\"excerpt\": \"" + "word ".repeat(26).strip() + "\"");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"excerpt\""),
                "excerpt has 26 words: quote a short phrase of at most 25 words")), problemsWithBase(base));
    }

    @Test
    void an_id_must_be_lower_kebab_case() {
        String base = BASE.replace("base-kobani", "Base_Kobani");
        assertEquals(List.of(problem("bases.json", 3, col(base, "\"id\""), "id \"Base_Kobani\" is not lower kebab case"
                + " (letters a-z, digits and single hyphens, e.g. \"base-kobani\")")), problemsWithBase(base));
    }

    @Test
    void a_source_date_must_be_a_calendar_date() {
        FactsDir facts = FactsDir.valid(dir).with("dossier.json", FactsDir.HEADER.replace("2025-11-10", "2025-02-30"));
        int line = 5;
        int column = FactsDir.HEADER.lines().toList().get(line - 1).indexOf("\"date\"") + 1;
        assertEquals(List.of(new Problem(facts.at("dossier.json", line, column),
                "invalid date \"2025-02-30\" in \"date\" (expected an ISO date yyyy-MM-dd, e.g. 2025-11-10)")),
                facts.problems());
    }

    @Test
    void event_dates_and_plan_horizons_are_partial_iso_dates() {
        String event = "{ \"id\": \"event-x\", \"date\": \"2025-13\", \"title\": { \"en\": \"X\", \"ar\": \"x\" },"
                + " \"kind\": \"battle\", \"actors\": [\"us\"], " + FactsDir.EVIDENCE + " }";
        String plan = "{ \"id\": \"plan-x\", \"title\": { \"en\": \"X\", \"ar\": \"x\" }, \"kind\": \"reconstruction\","
                + " \"actors\": [\"us\"], \"horizon\": \"late 2025\", " + FactsDir.EVIDENCE + " }";
        FactsDir facts = FactsDir.valid(dir).with("events.json", file("events", event))
                .with("plans.json", file("plans", plan));
        String expected = " (expected yyyy, yyyy-MM or yyyy-MM-dd, e.g. 2025, 2025-08 or 2025-08-15)";
        assertEquals(List.of(
                new Problem(facts.at("events.json", 3, col(event, "\"date\"")), "invalid date \"2025-13\" in \"date\"" + expected),
                new Problem(facts.at("plans.json", 3, col(plan, "\"horizon\"")), "invalid date \"late 2025\" in \"horizon\"" + expected)),
                facts.problems());
    }

    @Test
    void a_required_list_must_not_be_empty() {
        String event = "{ \"id\": \"event-x\", \"date\": \"2025\", \"title\": { \"en\": \"X\", \"ar\": \"x\" },"
                + " \"kind\": \"battle\", \"actors\": [], " + FactsDir.EVIDENCE + " }";
        FactsDir facts = FactsDir.valid(dir).with("events.json", file("events", event));
        assertEquals(List.of(new Problem(facts.at("events.json", 3, col(event, "\"actors\"")),
                "field \"actors\" of event \"event-x\" must not be empty")), facts.problems());
    }

    @Test
    void an_unknown_top_level_key_names_the_fact_types() {
        FactsDir facts = FactsDir.valid(dir).with("bases.json", file("basis", BASE));
        assertEquals(List.of(new Problem(facts.at("bases.json", 2, 3), "unknown key \"basis\" (allowed: dossier, update,"
                + " sources, kinds, actors, support, resources, bases, goals, relations, claims, agreements, sanctions,"
                + " events, plans, threats)")), facts.problems());
    }

    @Test
    void a_fact_type_holds_a_list() {
        FactsDir facts = FactsDir.valid(dir).with("bases.json", "{\n  \"bases\": " + BASE + "\n}\n");
        assertEquals(List.of(new Problem(facts.at("bases.json", 2, 12),
                "expected a list [...] of base entries under \"bases\"")), facts.problems());
    }

    @Test
    void a_dossier_needs_one_header() {
        String sourcesOnly = FactsDir.HEADER.replaceFirst("\"dossier\": \\{[^}]*\\} \\},", "");
        FactsDir facts = FactsDir.valid(dir).with("dossier.json", sourcesOnly);
        Problem missing = facts.problems().get(0);
        assertEquals(facts.display(""), missing.where().file());
        assertEquals(true, missing.message().startsWith("no dossier header: add \"dossier\""), missing.message());
    }

    @Test
    void a_broken_header_is_reported_once_not_also_as_missing() {
        String header = FactsDir.HEADER.replace("\"title\": { \"en\": \"Test\"", "\"titel\": { \"en\": \"Test\"");
        FactsDir facts = FactsDir.valid(dir).with("dossier.json", header);
        assertEquals(List.of(new Problem(facts.at("dossier.json", 2, 38),
                "unknown field \"titel\" in dossier header (allowed: id, title, currency, currencyAsOf, reader, thesis, soWhat)")), facts.problems());
    }

    @Test
    void two_headers_are_one_too_many() {
        String second = "{\n  \"dossier\": { \"id\": \"x\", \"title\": { \"en\": \"X\", \"ar\": \"x\" } }\n}";
        FactsDir facts = FactsDir.valid(dir).with("more.json", second);
        assertEquals(List.of(new Problem(facts.at("more.json", 2, 14), "a second dossier header: the first is at "
                + facts.at("dossier.json", 2, 14) + "; a dossier has one")), facts.problems());
    }

    /** A broken file may declare any id in the part that could not be read: no reference is called unknown then. */
    @Test
    void a_file_broken_part_way_hides_no_problem_but_raises_no_unknown_ids() {
        FactsDir facts = FactsDir.valid(dir)
                .with("a.json", file("bases", BASE.replace("\"us\"", "\"usa\"")))
                .with("b.json", "{ \"bases\": [ } ");
        List<String> files = facts.problems().stream().map(p -> p.where().file()).toList();
        assertEquals(List.of(facts.display("b.json")), files);
    }

    @Test
    void problems_from_every_file_come_together_sorted_by_place() {
        FactsDir facts = FactsDir.valid(dir)
                .with("a.json", file("bases", BASE.replace("\"logistics\"", "\"logistic\"")))
                .with("b.json", "{ \"bases\": [ } ");
        List<String> files = facts.problems().stream().map(p -> p.where().file()).toList();
        assertEquals(List.of(facts.display("a.json"), facts.display("b.json")), files);
    }

    @Test
    void an_empty_directory_has_nothing_to_load() {
        assertEquals("no fact files (*.json) in this directory",
                new FactsDirOnly(dir).problems().get(0).message());
    }

    @Test
    void a_file_is_not_a_facts_directory() throws IOException {
        Path file = Files.writeString(dir.resolve("facts.json"), "{}");
        List<Problem> problems = assertThrows(InputException.class, () -> DossierLoader.load(file)).problems();
        assertEquals(List.of(new Problem(SourceLocation.ofFile(FactsDir.valid(dir).display("facts.json")),
                "not a directory: give --facts the folder that holds the fact files (e.g. facts/)")), problems);
    }

    /** A directory with no files at all. */
    private record FactsDirOnly(Path dir) {
        List<Problem> problems() {
            return assertThrows(InputException.class, () -> DossierLoader.load(dir)).problems();
        }
    }
}
