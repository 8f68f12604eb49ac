package org.mizan.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Claim;
import org.mizan.dossier.Term;
import org.mizan.inference.Rating;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

class ScenarioLoaderTest {

    private static final Set<String> RULES = Set.of("Single-patron concentration", "Recipient paid by its provider");

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        return Files.writeString(dir.resolve(name + ".json"), json);
    }

    private Scenario load(String json) throws IOException {
        return ScenarioLoader.load(write("what-if", json), Article.DOSSIER, RULES);
    }

    private List<Problem> problems(String json) throws IOException {
        return assertThrows(InputException.class, () -> load(json)).problems();
    }

    private static final String HEAD = """
            {
              "baseline": "northpress-coalition-syria",
              "title": {"en": "What if", "ar": "ماذا لو"},
              "description": {"en": "A test", "ar": "اختبار"},
            """;

    @Test
    void aScenarioReadsItsEditsRulesAndExpectations() throws IOException {
        Scenario s = load(HEAD + """
                  // analysts comment their scenarios, and leave trailing commas
                  "remove": ["support-funding"],
                  "add": {"claims": [{"id": "claim-drawdown-announced", "subject": "coalition", "kind": "assessment",
                                      "statement": {"en": "The coalition announces a drawdown", "ar": "يعلن التحالف تقليص وجوده"},
                                      "evidence": {"excerpt": "hypothesis"}}]},
                  "change": [{"id": "base-damascus", "set": {"status": "agreed"}}],
                  "switchOff": ["Single-patron concentration"],
                  "expect": [{"present": "terrorist-return", "minRating": "high", "maxLikelihood": "likely"},
                             {"absent": "drawdown-unpaid-force", "actors": ["sdf"]},],
                }
                """);

        assertEquals("what-if", s.name());
        assertEquals(List.of("support-funding"), s.remove());
        assertEquals(List.of(new FieldChange("base-damascus", "status", Term.of(BaseStatus.AGREED))), s.change().subList(0, 1));
        assertEquals(Set.of("Single-patron concentration"), s.switchOff());
        Claim added = (Claim) s.add().get(0);
        assertEquals("scenario-what-if", added.evidence().source(), "an added fact cites the scenario by default");
        assertEquals(Attribution.ANALYST_HYPOTHESIS, added.evidence().attribution());
        assertEquals(6, added.evidence().credibility(), "credibility 6: cannot be judged");
        Expectation first = s.expect().get(0);
        assertEquals(List.of(new Bound(Grade.RATING, Bound.Side.MIN, Rating.HIGH)), first.bounds().subList(0, 1));
        assertEquals(12, first.where().line());
        assertEquals(Expectation.Presence.ABSENT, s.expect().get(1).presence());
        assertEquals(List.of("sdf"), s.expect().get(1).actors());
    }

    @Test
    void anUnknownIdToRemoveIsReportedAtItsPlaceWithNearIds() throws IOException {
        List<Problem> problems = problems(HEAD + """
                  "remove": ["support-funding", "support-fundng"]
                }
                """);

        assertEquals(1, problems.size());
        Problem p = problems.get(0);
        assertEquals(5, p.where().line());
        assertEquals(33, p.where().column());
        assertTrue(p.where().file().endsWith("what-if.json"));
        assertEquals("unknown fact \"support-fundng\" in \"remove\"; did you mean \"support-funding\"; "
                + "ids are listed by ./mizan ids", p.message());
    }

    @Test
    void anUnknownFieldInAChangeListsTheAllowedFields() throws IOException {
        Problem p = problems(HEAD + """
                  "change": [
                    {"id": "base-damascus", "set": {"stat": "confirmed"}}
                  ]
                }
                """).get(0);

        assertEquals(6, p.where().line());
        assertEquals(37, p.where().column());
        assertEquals("unknown field \"stat\" for base \"base-damascus\" in \"change\"; did you mean \"status\"? "
                + "(allowed: name, location, operator, role, status, evidence, supersedes, approxPosition)", p.message());
    }

    @Test
    void aBadValueInAChangeListsTheAllowedValues() throws IOException {
        Problem p = problems(HEAD + """
                  "change": [
                    {"id": "base-damascus", "set": {"status": "built"}}
                  ]
                }
                """).get(0);

        assertEquals(6, p.where().line());
        assertTrue(p.message().contains("\"built\"") && p.message().contains("prospective, offered, under_negotiation, agreed, in_place, active, reported, paused, closed, denied, unknown"),
                p.message());
    }

    @Test
    void anUnknownRuleNameIsReportedWithTheNearestNames() throws IOException {
        Problem p = problems(HEAD + """
                  "switchOff": ["Single patron concentration"]
                }
                """).get(0);

        assertEquals(5, p.where().line());
        assertEquals(17, p.where().column());
        assertEquals("unknown rule \"Single patron concentration\" in \"switchOff\"; did you mean "
                + "\"Single-patron concentration\"?", p.message());
    }

    @Test
    void aScenarioForAnotherDossierIsRefused() throws IOException {
        Problem p = problems(HEAD.replace("northpress-coalition-syria", "another-dossier") + "}").get(0);

        assertEquals(2, p.where().line());
        assertEquals("scenario is written for baseline \"another-dossier\" but the dossier is "
                + "\"northpress-coalition-syria\"", p.message());
    }

    @Test
    void everyProblemIsReportedAtOnce() throws IOException {
        List<Problem> problems = problems("""
                {
                  "baseline": "northpress-coalition-syria",
                  "title": {"en": "What if"},
                  "description": {"en": "A test", "ar": "اختبار"},
                  "remov": [],
                  "remove": ["base-x"],
                  "expect": [{"present": "terrorist-return", "minRating": "huge"},
                             {"absent": "terrorist-return", "actors": ["isil"]}]
                }
                """);

        assertEquals(List.of(3, 5, 6, 7, 8), problems.stream().map(p -> p.where().line()).toList(),
                problems.toString());
    }

    @Test
    void anExpectationNamingAnUnknownRiskTypeIsReportedWhenTheTypesAreKnown() throws IOException {
        Path file = write("typo", HEAD + """
                  "expect": [{"absent": "terorist-return"}]
                }
                """);
        Problem p = assertThrows(InputException.class, () -> ScenarioLoader.load(file, Article.DOSSIER, RULES,
                Set.of("terrorist-return", "credibility-gap"))).problems().get(0);

        assertEquals(5, p.where().line());
        assertEquals("unknown risk type \"terorist-return\"; did you mean \"terrorist-return\"? "
                + "(risk types are defined in rules/risks.json and listed by ./mizan ids; for a dependency write"
                + " \"dependency\")", p.message());
        assertDoesNotThrow(() -> ScenarioLoader.load(file, Article.DOSSIER, RULES), "unchecked without the types");
    }

    @Test
    void switchingOffARowOfTheRatingTableIsReportedAtItsLineAsARowNotAsAnUnknownRule() throws IOException {
        String row = Article.rules().ratingRows().iterator().next();
        Path file = write("row", HEAD + """
                  "switchOff": ["%s"]
                }
                """.formatted(row));
        Problem p = assertThrows(InputException.class,
                () -> ScenarioLoader.load(file, Article.DOSSIER, Article.rules())).problems().get(0);

        assertEquals(5, p.where().line());
        assertTrue(p.message().startsWith("rule \"" + row + "\" in \"switchOff\" is a row of the rating table"),
                p.message());
    }

    @Test
    void aScenarioLoadedAgainstTheRuleBaseMaySwitchOffADrlRule() throws IOException {
        String rule = Article.rules().switchableRules().iterator().next();
        Path file = write("drl", HEAD + """
                  "switchOff": ["%s"]
                }
                """.formatted(rule));

        assertEquals(Set.of(rule), ScenarioLoader.load(file, Article.DOSSIER, Article.rules()).switchOff());
    }

    @Test
    void anAddedFactWithoutAnIdIsReported() throws IOException {
        Problem p = problems(HEAD + """
                  "add": {"claims": [{"subject": "coalition", "kind": "assessment",
                                      "statement": {"en": "x", "ar": "س"}, "evidence": {"excerpt": "x"}}]}
                }
                """).get(0);
        assertEquals(5, p.where().line());
        assertEquals("missing field \"id\" in an added claim", p.message());
    }

    @Test
    void addTakesFactListsByType() throws IOException {
        List<Problem> problems = problems(HEAD + """
                  "add": [{"id": "claim-new"}]
                }
                """);
        assertEquals(5, problems.get(0).where().line());
        assertTrue(problems.get(0).message().startsWith("\"add\" must be an object of fact lists"));
    }

    @Test
    void whatAScenarioAddsMustBeAHypothesis() throws IOException {
        Problem p = problems(HEAD + """
                  "add": {"claims": [{"id": "claim-new", "subject": "coalition", "kind": "assessment",
                          "statement": {"en": "x", "ar": "س"},
                          "evidence": {"excerpt": "x", "attribution": "press_report"}}]}
                }
                """).get(0);

        assertEquals(7, p.where().line());
        assertTrue(p.message().startsWith("what a scenario adds or changes is a hypothesis"), p.message());
    }

    @Test
    void removingAnActorOthersStillNameLeavesAnInvalidDossierAndPointsBackAtTheRemoval() throws IOException {
        List<Problem> problems = problems(HEAD + """
                  "remove": ["israel"]
                }
                """);

        Problem p = problems.get(0);
        assertEquals("facts/agreements.json", p.where().file(), "the dangling reference is in the baseline");
        assertTrue(p.message().startsWith("unknown actor \"israel\""), p.message());
        assertTrue(p.message().endsWith("(\"israel\" is removed at " + p.message().split("is removed at ")[1]), p.message());
        assertTrue(p.message().contains("what-if.json:5:14)"), p.message());
    }

    @Test
    void anAddedFactIsValidatedLikeAFactFile() throws IOException {
        Problem p = problems(HEAD + """
                  "add": {"claims": [{"id": "claim-x", "subject": "nobody", "kind": "assessment",
                                      "statement": {"en": "x", "ar": "س"}, "evidence": {"excerpt": "x"}}]}
                }
                """).get(0);

        assertEquals(5, p.where().line());
        assertEquals(40, p.where().column(), "at the \"subject\" key, as fact files are reported");
        assertTrue(p.message().startsWith("unknown id \"nobody\" in \"subject\""), p.message());
    }

    @Test
    void aSyntaxErrorIsAProblemWithItsPlace() throws IOException {
        Problem p = problems(HEAD + """
                  "remove": ["support-funding" "support-air"]
                }
                """).get(0);

        assertEquals(5, p.where().line());
        assertTrue(p.message().startsWith("invalid JSON"), p.message());
    }

    @Test
    void theShippedScenariosLoadAgainstTheArticle() {
        List<Path> files = ScenarioLoader.files(Article.PROJECT.resolve("facts/scenarios"));
        assertEquals(List.of("coalition-drawdown", "damascus-base-confirmed", "sanctions-relief-reversed",
                "sdf-integrated"), files.stream().map(ScenarioLoader::nameOf).toList(), "README.md is not a scenario");
        for (Path file : files) {
            String name = ScenarioLoader.nameOf(file);
            Scenario s = ScenarioLoader.load(file, Article.DOSSIER, Article.rules().ruleNames());
            assertFalse(s.expect().isEmpty(), name + " states what it expects");
            assertFalse(s.title().ar().isBlank() || s.description().ar().isBlank(), name + " in Arabic too");
        }
    }
}
