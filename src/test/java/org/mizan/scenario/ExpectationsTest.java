package org.mizan.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.*;
import org.mizan.inference.*;
import org.mizan.problem.SourceLocation;

class ExpectationsTest {

    private static final SourceLocation AT = new SourceLocation("facts/scenarios/drawdown.json", 12, 5);
    private static final RiskJudgment RETURN = new RiskJudgment("risk-terrorist-return-isis-1", "terrorist-return",
            new Text("Return", "عودة"), new Text("s", "م"), "security", Likelihood.ROUGHLY_EVEN_CHANCE, Impact.SEVERE,
            Rating.HIGH, Confidence.MODERATE, List.of(), List.of(), List.of(), "Drawdown would open the way",
            List.of("dep-coalition-sdf", "threat-isis-remnants"));
    private static final Findings FINDINGS = new Findings(List.of(), List.of(RETURN));
    private static final Evidence CITED = new Evidence("press", 1, "x", 2, Attribution.PRESS_REPORT);
    private static final Dossier DOSSIER = new Dossier("test", new Text("t", "ت"), List.of(), List.of(
            new Actor("isis", new Text("ISIS", "داعش"), ActorKind.TERRORIST_GROUP, null, null, CITED),
            new Actor("sdf", new Text("SDF", "قسد"), ActorKind.ARMED_FORCE, null, null, CITED),
            new Threat("threat-isis-remnants", "isis", new Text("east", "الشرق"), ThreatStatus.REMNANTS, CITED)),
            Map.of(), "digest");

    private static Expectation present(String type, Bound... bounds) {
        return new Expectation(Expectation.Presence.PRESENT, type, List.of(), List.of(bounds), AT);
    }

    private static Expectation absent(String type) {
        return new Expectation(Expectation.Presence.ABSENT, type, List.of(), List.of(), AT);
    }

    private static ExpectationResult check(Expectation e) {
        return Expectations.check(e, FINDINGS, DOSSIER);
    }

    @Test
    void aPresentRiskWithinItsBoundsPasses() {
        ExpectationResult r = check(present("terrorist-return",
                new Bound(Grade.RATING, Bound.Side.MIN, Rating.HIGH),
                new Bound(Grade.LIKELIHOOD, Bound.Side.MAX, Likelihood.LIKELY)));
        assertTrue(r.passed(), r.line());
    }

    @Test
    void aGradeBelowTheMinimumFailsWithTheGradeAndTheFindingsReasons() {
        ExpectationResult r = check(present("terrorist-return",
                new Bound(Grade.RATING, Bound.Side.MIN, Rating.CRITICAL)));

        assertFalse(r.passed());
        assertEquals("facts/scenarios/drawdown.json:12:5: FAIL present \"terrorist-return\", rating at least critical: "
                + "rating is high, wanted at least critical; risk-terrorist-return-isis-1 (rating high, likelihood "
                + "roughly_even_chance, impact severe, confidence moderate) by rule \"Drawdown would open the way\" "
                + "because dep-coalition-sdf, threat-isis-remnants", r.line());
    }

    @Test
    void aMissingRiskFailsAndNamesTheTypesThatWereFound() {
        ExpectationResult r = check(present("drawdown-unpaid-force"));
        assertFalse(r.passed());
        assertEquals("no such risk; types found: terrorist-return", r.message());
    }

    @Test
    void anAbsentExpectationFailsWhenTheRiskIsThereAndSaysWhy() {
        ExpectationResult r = check(absent("terrorist-return"));
        assertFalse(r.passed());
        assertTrue(r.message().contains("by rule \"Drawdown would open the way\""), r.message());
        assertTrue(check(absent("credibility-gap")).passed());
    }

    @Test
    void namedActorsNarrowAnExpectationToTheRisksThatConcernThem() {
        Expectation aboutIsis = new Expectation(Expectation.Presence.PRESENT, "terrorist-return", List.of("isis"),
                List.of(), AT);
        Expectation aboutSdf = new Expectation(Expectation.Presence.ABSENT, "terrorist-return", List.of("sdf"),
                List.of(), AT);

        assertTrue(check(aboutIsis).passed(), check(aboutIsis).line());
        assertTrue(check(aboutSdf).passed(), "the risk concerns ISIS, not the SDF");
        assertEquals("facts/scenarios/drawdown.json:12:5: PASS absent \"terrorist-return\" concerning sdf: no such risk",
                check(aboutSdf).line());
    }

    @Test
    void theReportEndsWithPassedAndFailedCounts() {
        ExpectationReport report = Expectations.evaluate("drawdown",
                List.of(present("terrorist-return"), absent("terrorist-return"), absent("credibility-gap")), FINDINGS,
                DOSSIER);

        assertEquals(2, report.passed());
        assertEquals(1, report.failed());
        assertEquals("2 passed, 1 failed", report.closingLine());
        assertEquals("4 passed, 2 failed", ExpectationReport.closingLine(List.of(report, report)));
    }
}
