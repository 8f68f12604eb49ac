package org.mizan.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Text;
import org.mizan.inference.*;
import org.mizan.problem.SourceLocation;

class ExpectationsTest {

    private static final SourceLocation AT = new SourceLocation("facts/scenarios/drawdown.json", 12, 5);
    private static final RiskJudgment RETURN = new RiskJudgment("risk-terrorist-return-isis-1", "terrorist-return",
            new Text("Return", "عودة"), new Text("s", "م"), "security", Likelihood.ROUGHLY_EVEN_CHANCE, Impact.SEVERE,
            Rating.HIGH, Confidence.MODERATE, List.of(), List.of(), List.of(), "Drawdown would open the way",
            List.of("dep-coalition-sdf", "threat-isis-remnants"));
    private static final Findings FINDINGS = new Findings(List.of(), List.of(RETURN));

    private static Expectation present(String type, Bound... bounds) {
        return new Expectation(Expectation.Presence.PRESENT, type, List.of(bounds), AT);
    }

    private static Expectation absent(String type) {
        return new Expectation(Expectation.Presence.ABSENT, type, List.of(), AT);
    }

    @Test
    void aPresentRiskWithinItsBoundsPasses() {
        ExpectationResult r = Expectations.check(present("terrorist-return",
                new Bound(Grade.RATING, Bound.Side.MIN, Rating.HIGH),
                new Bound(Grade.LIKELIHOOD, Bound.Side.MAX, Likelihood.LIKELY)), FINDINGS);
        assertTrue(r.passed(), r.line());
    }

    @Test
    void aGradeBelowTheMinimumFailsWithTheGradeAndTheFindingsReasons() {
        ExpectationResult r = Expectations.check(present("terrorist-return",
                new Bound(Grade.RATING, Bound.Side.MIN, Rating.CRITICAL)), FINDINGS);

        assertFalse(r.passed());
        assertEquals("facts/scenarios/drawdown.json:12:5: FAIL present \"terrorist-return\", rating at least critical: "
                + "rating is high, wanted at least critical; risk-terrorist-return-isis-1 (rating high, likelihood "
                + "roughly_even_chance, impact severe, confidence moderate) by rule \"Drawdown would open the way\" "
                + "because dep-coalition-sdf, threat-isis-remnants", r.line());
    }

    @Test
    void aMissingRiskFailsAndNamesTheTypesThatWereFound() {
        ExpectationResult r = Expectations.check(present("drawdown-unpaid-force"), FINDINGS);
        assertFalse(r.passed());
        assertEquals("no risk of that type; types found: terrorist-return", r.message());
    }

    @Test
    void anAbsentExpectationFailsWhenTheRiskIsThereAndSaysWhy() {
        ExpectationResult r = Expectations.check(absent("terrorist-return"), FINDINGS);
        assertFalse(r.passed());
        assertTrue(r.message().contains("by rule \"Drawdown would open the way\""), r.message());
        assertTrue(Expectations.check(absent("credibility-gap"), FINDINGS).passed());
    }

    @Test
    void theReportEndsWithPassedAndFailedCounts() {
        ExpectationReport report = Expectations.evaluate("drawdown",
                List.of(present("terrorist-return"), absent("terrorist-return"), absent("credibility-gap")), FINDINGS);

        assertEquals(2, report.passed());
        assertEquals(1, report.failed());
        assertEquals("2 passed, 1 failed", report.closingLine());
        assertEquals("4 passed, 2 failed", ExpectationReport.closingLine(List.of(report, report)));
    }
}
