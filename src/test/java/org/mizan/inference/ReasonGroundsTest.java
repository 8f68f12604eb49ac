package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.TestFacts.actor;
import static org.mizan.inference.TestFacts.dossier;
import static org.mizan.inference.TestFacts.goal;
import static org.mizan.inference.TestFacts.source;
import static org.mizan.inference.TestFacts.support;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.ActorKind;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.GoalKind;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.SupportType;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * A likelihood's reason names the facts it states ({@code "rests"} in rules/risks.json): the brief cites them beside
 * the reason, and a reason resting on nothing the judgment was reached from is an error at the reason.
 */
class ReasonGroundsTest {

    private static final SourceLocation AT = new SourceLocation("rules/risks.json", 40, 7);

    private final Fact pay = support("support-pay", "patron", "force", SupportType.FUNDING);
    private final Fact arms = support("support-arms", "patron", "force", SupportType.ARMS_AND_TRAINING);
    private final Fact integrate = goal("goal-integrate", "government", GoalKind.FORCE_INTEGRATION, "force");
    private final Fact elsewhere = support("support-elsewhere", "patron", "other", SupportType.FUNDING);
    private final Dossier dossier = dossier(List.of(actor("force", ActorKind.NON_STATE_ARMED_GROUP, null),
            actor("government", ActorKind.GOVERNMENT, null), pay, arms, integrate, elsewhere),
            source(TestFacts.PRESS, Reliability.C));
    private final Risk risk = new Risk("r-1", "integration-friction", "force", "government", Likelihood.LIKELY,
            Impact.MAJOR, "Integration friction under another patron", List.of("goal-integrate", "support-pay"));

    private List<String> cites(List<String> rests, List<Fact> chain, List<Problem> problems) {
        return new ReasonGrounds(dossier).cites(risk, new RiskWording.Grounds(rests, AT), chain, problems);
    }

    @Test
    void aKindOfFactCitesTheFactsOfThatKindTheJudgmentWasReachedFrom() {
        List<Problem> problems = new ArrayList<>();
        // The support to another recipient is in the dossier, not in the chain: not cited (the near miss).
        assertEquals(List.of("support-pay", "support-arms", "goal-integrate"),
                cites(List.of("support", "goals"), List.of(pay, arms, integrate), problems));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aNarrowedKindCitesOnlyTheFactsOfThatVocabularyKind() {
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of("support-pay"), cites(List.of("support:funding"), List.of(pay, arms), problems));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aFactIdCitesThatFact() {
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of("goal-integrate"), cites(List.of("goal-integrate"), List.of(pay), problems));
        assertTrue(problems.isEmpty(), problems.toString());
    }

    @Test
    void aReasonThatRestsOnAKindTheJudgmentHoldsNoFactOfIsAnErrorAtTheReason() {
        List<Problem> problems = new ArrayList<>();
        assertEquals(List.of(), cites(List.of("plans:drawdown"), List.of(pay, integrate), problems));
        assertEquals(1, problems.size());
        assertEquals(AT, problems.get(0).where());
        assertTrue(problems.get(0).message().startsWith("the likelihood reason of \"integration-friction\" rests on"
                + " plans:drawdown, but rule \"Integration friction under another patron\" reached r-1 from no such"
                + " fact"), problems.get(0).message());
    }

    @Test
    void anIdNoFactHasIsAnErrorWithTheNearestId() {
        List<Problem> problems = new ArrayList<>();
        cites(List.of("goal-integrat"), List.of(pay), problems);
        assertEquals(1, problems.size());
        assertEquals(AT, problems.get(0).where());
        assertTrue(problems.get(0).message().contains("\"goal-integrat\", which is neither a kind of fact"),
                problems.get(0).message());
        assertTrue(problems.get(0).message().contains("did you mean \"goal-integrate\""), problems.get(0).message());
    }

    @Test
    void aJudgmentAboutAnIdNoFactHasIsLeftToTheRulesOwnError() {
        // The rule that wrote a literal id is reported at the rule (pipeline.FindingIds): one error per cause.
        Risk aboutNobody = new Risk("r-2", "integration-friction", "nobody", "government", Likelihood.LIKELY,
                Impact.MAJOR, "Unknown actor", List.of());
        List<Problem> problems = new ArrayList<>();
        new ReasonGrounds(dossier).cites(aboutNobody, new RiskWording.Grounds(List.of("plans"), AT), List.of(),
                problems);
        assertEquals(List.of(), problems);
    }

    @Test
    void theCatalogueRequiresTheGroundsOfEveryLikelihoodAndSaysWhereTheyAre(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("risks.json");
        Files.writeString(file, """
                {
                  "grounded": {
                    "kind": "risk", "category": "politics",
                    "title": {"en": "t", "ar": "ع"}, "summary": {"en": "s", "ar": "م"},
                    "likelihood": {"default": "likely",
                                   "rests": ["goals"],
                                   "why": {"en": "w", "ar": "س"}},
                    "indicators": [{"en": "i", "ar": "ي", "watched": true}],
                    "assumptions": [{"en": "a", "ar": "ف"}]
                  },
                  "ungrounded": {
                    "kind": "risk", "category": "politics",
                    "title": {"en": "t", "ar": "ع"}, "summary": {"en": "s", "ar": "م"},
                    "likelihood": {"default": "likely", "why": {"en": "w", "ar": "س"}},
                    "indicators": [{"en": "i", "ar": "ي", "watched": true}],
                    "assumptions": [{"en": "a", "ar": "ف"}]
                  }
                }
                """);
        List<Problem> problems = new ArrayList<>();
        RiskCatalogue catalogue = RiskCatalogue.read(file, problems);
        RiskWording.Grounds grounds = catalogue.wording("grounded").orElseThrow().grounds();
        assertEquals(List.of("goals"), grounds.rests());
        assertEquals(6, grounds.at().line(), "at the \"rests\" line, where the analyst fixes it");
        assertEquals(1, problems.size(), problems.toString());
        assertTrue(problems.get(0).message().contains("risk type \"ungrounded\" lacks \"likelihood\": {\"rests\""),
                problems.get(0).message());
    }
}
