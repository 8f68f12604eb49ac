package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.Problem;

/**
 * A dossier declares narrower kinds of its own under "kinds", each beneath a shipped kind: facts may use them,
 * rules see the shipped kind, the brief has their wording. Mistakes are located errors.
 */
class DeclaredKindsTest {

    @TempDir
    Path dir;

    private static final String GUARD = """
            {
              "support": [
                { "id": "guard", "provider": "us", "recipient": "coalition", "type": "oilfield_protection",
                  %s }
              ]
            }
            """.formatted(FactsDir.EVIDENCE);

    private static String kinds(String... declarations) {
        return "{\n  \"kinds\": [\n" + String.join(",\n", declarations) + "\n  ]\n}\n";
    }

    private static String kind(String scheme, String term, String broader) {
        return "    { \"scheme\": \"" + scheme + "\", \"term\": \"" + term + "\", \"broader\": \"" + broader
                + "\", \"label\": { \"en\": \"" + term.replace('_', ' ') + "\", \"ar\": \"ع\" } }";
    }

    @Test
    void aFactMayUseAKindDeclaredInALaterFileAndMatchesAsItsShippedKind() {
        Dossier d = FactsDir.valid(dir).with("a-support.json", GUARD)
                .with("z-kinds.json", kinds(kind("support_type", "oilfield_protection", "site_protection"),
                        kind("support_type", "site_protection", "protection")))
                .load();
        Term<SupportType> type = d.facts(Support.class).get(0).type();
        assertEquals("oilfield_protection", type.name());
        assertEquals(SupportType.PROTECTION, type.concept());
        assertEquals(List.of("site_protection"), type.path());
        assertTrue(type.isA(SupportType.PROTECTION) && type.isA("site_protection") && !type.isA(SupportType.ESCORT));
        assertEquals("oilfield protection", type.label().en());
        assertEquals(2, d.vocabulary().declared().size());
    }

    @Test
    void anUndeclaredKindIsAnErrorThatNamesTheShippedOnesAndTheScheme() {
        List<Problem> problems = FactsDir.valid(dir).with("support.json", GUARD).problems();
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().startsWith("invalid type \"oilfield_protection\" (allowed: funding,"),
                problems.get(0).message());
        assertTrue(problems.get(0).message().endsWith("with \"scheme\": \"support_type\")"), problems.get(0).message());
    }

    @Test
    void anUnknownBroaderKindIsReportedAtItsLine() {
        FactsDir facts = FactsDir.valid(dir).with("kinds.json", kinds(kind("resource_kind", "gold_mine", "mines")));
        Problem p = facts.problems().get(0);
        assertEquals(facts.at("kinds.json", 3, 55), p.where(), "at the field it names");
        assertTrue(p.message().startsWith("unknown broader kind \"mines\" of \"gold_mine\": name a shipped resource_kind"
                + " kind (energy, oil_field"), p.message());
    }

    @Test
    void aCycleOfDeclaredKindsIsReportedAtEachOfThem() {
        FactsDir facts = FactsDir.valid(dir).with("kinds.json", kinds(kind("event_kind", "liberation", "victory"),
                kind("event_kind", "victory", "liberation")));
        List<Problem> problems = facts.problems();
        assertEquals(List.of(3, 4), problems.stream().map(p -> p.where().line()).toList());
        assertTrue(problems.get(0).message().startsWith("declared kinds form a cycle (liberation → victory →"
                + " liberation): one of them must name a shipped event_kind kind"), problems.get(0).message());
    }

    @Test
    void anUnknownSchemeAShippedTermAndAMissingLabelAreEachRefused() {
        FactsDir facts = FactsDir.valid(dir).with("kinds.json", kinds(kind("weapon_kind", "drone", "fight"),
                kind("support_type", "protection", "protection"),
                "    { \"scheme\": \"base_role\", \"term\": \"port_call\", \"broader\": \"naval_base\" }"));
        List<String> messages = facts.problems().stream().map(Problem::message).toList();
        assertEquals(3, messages.size(), messages.toString());
        assertTrue(messages.get(0).startsWith("unknown scheme \"weapon_kind\" (allowed: actor_kind, support_type,"),
                messages.get(0));
        assertTrue(messages.get(1).startsWith("\"protection\" is already a shipped support_type kind"), messages.get(1));
        assertTrue(messages.get(2).startsWith("declared kind \"port_call\" needs a \"label\""), messages.get(2));
    }

    @Test
    void theFirstDossierDeclaresItsOwnKindsBeneathShippedOnes() {
        Dossier d = DossierLoader.load(ProjectFiles.factsDir());
        Base kobani = d.facts(Base.class).stream().filter(b -> b.id().equals("base-kobani")).findFirst().orElseThrow();
        assertEquals(List.of("command_and_air_operations", "command_hub"),
                List.of(kobani.role().name(), kobani.role().concept().term()));
        assertTrue(d.vocabulary().declared().stream().allMatch(Term::declared));
    }
}
