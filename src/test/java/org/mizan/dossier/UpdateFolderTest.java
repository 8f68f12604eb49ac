package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/** An update folder brings a dossier up to date without touching the files of the earlier brief. */
class UpdateFolderTest {

    @TempDir
    Path dir;

    private static final String UPDATE = """
            {
              "update": { "of": "test-dossier", "currencyAsOf": "2026-01-16",
                          "currency": { "en": "Now to January.", "ar": "حتى يناير." } },
              "sources": [
                { "id": "later", "publisher": { "en": "L", "ar": "ل" }, "title": { "en": "T", "ar": "ع" },
                  "date": "2026-01-16", "language": "en", "reliability": "C", "paragraphs": 8 }
              ],
              "events": [
                { "id": "event-fight", "date": "2026-01", "dateInferred": true,
                  "title": { "en": "Fighting", "ar": "قتال" }, "kind": "battle", "actors": ["us", "coalition"],
                  "evidence": { "source": "later", "paragraph": 4, "excerpt": "x", "credibility": 2,
                                "attribution": "press_report" } }
              ]
            }
            """;

    private List<Problem> problems(Path facts, Path update) {
        return assertThrows(InputException.class, () -> DossierLoader.load(facts, List.of(update))).problems();
    }

    @Test
    void a_missing_update_folder_is_named_with_the_option_that_gave_it() {
        Path facts = FactsDir.valid(dir.resolve("facts")).path();
        List<Problem> problems = problems(facts, dir.resolve("no-such-update"));
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("not a directory: give --update the folder that holds the"
                + " update's fact files"), problems.get(0).message());
        assertTrue(problems.get(0).where().file().endsWith("no-such-update"), problems.get(0).toString());
    }

    @Test
    void the_update_adds_its_sources_and_facts_and_dates_the_dossier_by_them() {
        Path facts = FactsDir.valid(dir.resolve("facts")).path();
        Path update = dir.resolve("update");
        writeUpdate(update, UPDATE);
        Dossier before = DossierLoader.load(facts);
        Dossier after = DossierLoader.load(facts, List.of(update));
        assertEquals(LocalDate.of(2025, 11, 10), before.cutOff());
        assertEquals(LocalDate.of(2026, 1, 16), after.cutOff());
        assertEquals(LocalDate.of(2026, 1, 16), after.currencyAsOf());
        assertEquals("Now to January.", after.currency().en());
        assertEquals(before.id(), after.id());
        assertTrue(after.fact("event-fight").isPresent());
        assertEquals(List.of("src", "later"), after.sources().stream().map(Source::id).toList());
        assertNotEquals(before.digest(), after.digest(), "the update's files are part of what the brief rests on");
        assertEquals(update.resolve("update.json").toString().replace('\\', '/'),
                after.origins().get(Dossier.CURRENCY_NOTE).file().replace('\\', '/'),
                "the currency note's warnings point at the update, where the note now stands");
    }

    @Test
    void an_update_of_another_dossier_is_an_error_at_its_header() {
        Path facts = FactsDir.valid(dir.resolve("facts")).path();
        Path update = dir.resolve("update");
        writeUpdate(update, UPDATE.replace("\"of\": \"test-dossier\"", "\"of\": \"other-dossier\""));
        List<Problem> problems = problems(facts, update);
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(2, problems.get(0).where().line());
        assertTrue(problems.get(0).message().startsWith("an update of dossier \"other-dossier\", but the dossier"
                + " folder holds \"test-dossier\""), problems.get(0).message());
    }

    @Test
    void an_update_folder_without_its_header_says_what_to_add() {
        Path facts = FactsDir.valid(dir.resolve("facts")).path();
        Path update = dir.resolve("update");
        writeUpdate(update, UPDATE.replace("\"update\"", "\"dossier\"").replace("\"of\": \"test-dossier\", ", "")
                .replace("\"currencyAsOf\"", "\"id\": \"x\", \"title\": { \"en\": \"t\", \"ar\": \"ع\" }, \"currencyAsOf\""));
        List<Problem> problems = problems(facts, update);
        assertEquals(2, problems.size(), problems.toString());
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("a dossier header in an update folder")));
        assertTrue(problems.stream().anyMatch(p -> p.message().startsWith("no update header: add \"update\": {\"of\":"
                + " \"test-dossier\"}")));
    }

    @Test
    void an_update_header_in_the_dossier_folder_is_an_error() {
        FactsDir facts = FactsDir.valid(dir.resolve("facts")).with("later.json", UPDATE);
        List<Problem> problems = facts.problems();
        assertEquals(1, problems.size(), problems.toString());
        assertEquals(facts.at("later.json", 2, 13), problems.get(0).where());
        assertTrue(problems.get(0).message().startsWith("an update header in the dossier folder"));
    }

    @Test
    void an_id_the_dossier_already_uses_is_a_duplicate_at_the_update() {
        Path facts = FactsDir.valid(dir.resolve("facts")).path();
        Path update = dir.resolve("update");
        writeUpdate(update, UPDATE.replace("\"event-fight\"", "\"us\""));
        List<Problem> problems = problems(facts, update);
        assertTrue(problems.stream().anyMatch(p -> p.where().file().endsWith("update.json")
                && p.message().startsWith("duplicate id \"us\"")), problems.toString());
    }

    @Test
    void the_shipped_update_of_the_first_dossier_dates_it_16_january_2026() {
        Path facts = ProjectFiles.factsDir();
        Dossier base = DossierLoader.load(facts);
        Dossier updated = DossierLoader.load(facts, List.of(facts.resolve("updates/2026-01-16")));
        assertEquals(LocalDate.of(2025, 11, 11), base.cutOff(), "the default brief stays as of 11 November 2025");
        assertEquals(LocalDate.of(2026, 1, 16), updated.cutOff());
        assertEquals(LocalDate.of(2026, 1, 16), updated.currencyAsOf());
        assertTrue(CurrencyCheck.warnings(updated).isEmpty(), CurrencyCheck.warnings(updated).toString());
        Event fighting = (Event) updated.fact("event-aleppo-fighting").orElseThrow();
        assertTrue(fighting.kind().isA(EventKind.FIGHT));
        assertEquals(List.of("government", "asayish"), fighting.actors());
        assertEquals("sdf", ((Actor) updated.fact("asayish").orElseThrow()).partOf());
        assertEquals("thenewregion-2026-01-16", fighting.evidence().source());
        assertTrue(updated.fact("event-us-envoy-integration-talks").isPresent());
        // The update's title and thesis are written for January 2026; the reader and the "so what"s stay.
        assertTrue(updated.title().en().contains("after the Aleppo fighting"), updated.title().en());
        assertTrue(updated.voice().thesis().en().startsWith("In early January 2026"));
        assertTrue(base.voice().thesis().en().startsWith("On 10 November 2025"));
        assertEquals(base.voice().reader(), updated.voice().reader());
        assertEquals(base.voice().soWhat(), updated.voice().soWhat());
    }

    private static void writeUpdate(Path update, String content) {
        try {
            java.nio.file.Files.createDirectories(update);
            java.nio.file.Files.writeString(update.resolve("update.json"), content);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
