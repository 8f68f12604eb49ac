package org.mizan.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.mizan.compare.FindingChange;
import org.mizan.compare.FindingsDiff;
import org.mizan.compare.Reason;
import org.mizan.dossier.Dossier;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;

/** The shipped scenarios over the article's dossier and the project's rules: what an analyst's check would run. */
class ArticleScenariosTest {

    private static Findings run(Dossier dossier, Set<String> switchedOff) {
        return Inference.run(Article.rules(), dossier, switchedOff);
    }

    /** Loaded with the catalogue's risk types, so an expectation cannot pass by naming a type that never exists. */
    private static Scenario load(String name) {
        return ScenarioLoader.load(Article.scenario(name), Article.DOSSIER, Article.rules().ruleNames(), riskTypes());
    }

    private static Set<String> riskTypes() {
        try {
            Set<String> types = new TreeSet<>();
            new ObjectMapper().readTree(Article.PROJECT.resolve("rules/risks.json").toFile()).fieldNames()
                    .forEachRemaining(types::add);
            return types;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"coalition-drawdown", "damascus-base-confirmed", "sanctions-relief-reversed", "sdf-integrated"})
    void everyExpectationOfAShippedScenarioHolds(String name) {
        Scenario scenario = load(name);
        Dossier dossier = scenario.apply(Article.DOSSIER);
        ExpectationReport report = Expectations.evaluate(scenario, run(dossier, scenario.switchOff()), dossier);

        assertEquals(0, report.failed(), () -> String.join("\n", report.failures().stream().map(ExpectationResult::line).toList()));
        assertEquals(scenario.expect().size(), report.passed());
    }

    @Test
    void theDrawdownsExpectationsFailOnTheBaselineSoTheyTestTheScenario() {
        ExpectationReport report = Expectations.evaluate(load("coalition-drawdown"), run(Article.DOSSIER, Set.of()),
                Article.DOSSIER);

        assertEquals(List.of("unpaid-force-after-drawdown", "terrorist-return-after-drawdown", "open-ended-presence"),
                report.failures().stream().map(r -> r.expectation().riskType()).toList());
    }

    @Test
    void aPlannedDrawdownTurnsThePaidForceAndReturnContingenciesIntoRisksAndNamesThePlan() {
        Scenario drawdown = load("coalition-drawdown");
        Dossier after = drawdown.apply(Article.DOSSIER);
        FindingsDiff diff = FindingsDiff.between(run(Article.DOSSIER, Set.of()), run(after, Set.of()),
                Article.DOSSIER, after);

        // Each contingency goes and the risk its planned trigger makes of it comes, both because of the plan.
        for (String type : List.of("drawdown-unpaid-force", "terrorist-return")) {
            assertEquals(FindingChange.Kind.DISAPPEARED, change(diff, type).kind(), type);
            assertTrue(change(diff, type).reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.RULE_JUDGES_DIFFERENTLY
                    && r.detail().contains("plan-coalition-drawdown")), change(diff, type).reasons().toString());
        }
        for (String type : List.of("unpaid-force-after-drawdown", "terrorist-return-after-drawdown")) {
            assertEquals(FindingChange.Kind.APPEARED, change(diff, type).kind(), type);
            assertTrue(change(diff, type).reasons().stream().anyMatch(r -> r.kind() == Reason.Kind.FACT_ADDED
                    && r.subject().equals("plan-coalition-drawdown")), change(diff, type).reasons().toString());
        }
        // And the presence is no longer open-ended: the planned drawdown sets it an end.
        assertEquals(FindingChange.Kind.DISAPPEARED, change(diff, "open-ended-presence").kind(), diff.text());
        assertEquals(5, diff.changes().size(), diff.text());
    }

    private static FindingChange change(FindingsDiff diff, String type) {
        return diff.changes().stream().filter(c -> c.key().toString().startsWith("risk " + type + " "))
                .findFirst().orElseThrow();
    }

    @Test
    void twoRunsOfTheSameInputsDifferInNothing() {
        FindingsDiff diff = FindingsDiff.between(run(Article.DOSSIER, Set.of()), run(Article.DOSSIER, Set.of()),
                Article.DOSSIER, Article.DOSSIER);
        assertTrue(diff.isEmpty(), diff.text());
    }

    @Test
    void switchingOffARuleRemovesWhatItAloneInfersAndNamesTheRule() {
        Set<String> off = Set.of("Credibility gap between a denial and reports");
        FindingsDiff diff = FindingsDiff.between(run(Article.DOSSIER, Set.of()), run(Article.DOSSIER, off),
                Article.DOSSIER, Article.DOSSIER, off);

        assertEquals(1, diff.changes().size(), diff.text());
        assertEquals(Reason.Kind.RULE_SWITCHED_OFF, diff.changes().get(0).reasons().get(0).kind());
    }
}
