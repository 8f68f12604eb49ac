package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.TestFacts.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.ActorKind;
import org.mizan.dossier.Event;
import org.mizan.dossier.EventKind;
import org.mizan.dossier.Fact;
import org.mizan.dossier.GoalKind;
import org.mizan.dossier.SanctionsStep;
import org.mizan.dossier.SupportType;
import org.mizan.dossier.Term;

/**
 * Signposts a machine can see (rules/risks.json "indicators" with "shows" and "moves", a type's "settledBy"): a
 * fact matching the pattern, between the judgment's parties or parts of them, dated within the judgment's window
 * (its horizon up to the cut-off, here 10 November 2025) moves the judgment and is listed as observed.
 */
class SignpostsTest {

    /** The facts that make "integration-friction" of the SDF with the government: three kinds of tie, one goal. */
    private static List<Fact> friction() {
        return new ArrayList<>(List.of(actor("sdf", ActorKind.NON_STATE_ARMED_GROUP, null),
                actor("asayish", ActorKind.NON_STATE_ARMED_GROUP, "sdf"), actor("gov", ActorKind.GOVERNMENT, null),
                actor("coalition", ActorKind.NON_STATE_ARMED_GROUP, null),
                actor("isis", ActorKind.NON_STATE_ARMED_GROUP, null),
                support("pay", "coalition", "sdf", SupportType.FUNDING),
                support("arms", "coalition", "sdf", SupportType.ARMS_AND_TRAINING),
                support("eyes", "coalition", "sdf", SupportType.INTELLIGENCE_AND_SURVEILLANCE),
                goal("integrate", "gov", GoalKind.FORCE_INTEGRATION, "sdf")));
    }

    private static Event fight(String id, String date, EventKind kind, String... actors) {
        return new Event(id, date, text(id), Term.of(kind), List.of(actors), null, List.of(), List.of(CITED),
                List.of());
    }

    private static List<RiskJudgment> all(List<Fact> facts, String type) {
        Findings f = Inference.run(RuleVerifier.projectRules(), dossier(facts), Set.of());
        return f.risks().stream().filter(r -> r.type().equals(type)).toList();
    }

    private static RiskJudgment judged(List<Fact> facts, String type) {
        List<RiskJudgment> of = all(facts, type);
        assertEquals(1, of.size(), type + ": " + of);
        return of.get(0);
    }

    @Test
    void aFightBetweenAPartOfTheForceAndTheGovernmentRaisesTheFriction() {
        List<Fact> facts = friction();
        facts.add(fight("event-aleppo", "2025-10", EventKind.BATTLE, "gov", "asayish"));
        RiskJudgment r = judged(facts, "integration-friction");
        assertEquals(Likelihood.VERY_LIKELY, r.likelihood(), "likely, raised one step by the clashes");
        assertEquals(1, r.observed().size());
        Observation seen = r.observed().get(0);
        assertEquals(List.of("event-aleppo"), seen.facts());
        assertEquals("2025-10", seen.date());
        assertEquals(PRESS, seen.source());
        assertTrue(r.because().contains("event-aleppo"), "the judgment now rests on the clashes too");
        assertTrue(r.indicators().stream().noneMatch(t -> t.en().contains("clashes")),
                "an observed signpost is no longer something to watch for");
        LikelihoodBasis.Step step = r.likelihoodBasis().steps().get(0);
        assertEquals(1, step.steps());
        assertTrue(step.why().en().startsWith("Raised one step: observed, clashes or arrests"), step.why().en());
        assertTrue(step.why().en().contains("event-aleppo"), "names the fact: " + step.why().en());
        assertEquals(Rating.CRITICAL, r.rating(), "very likely with a major impact, rated by the rating table");
        assertFalse(r.settled(), "clashes move the judgment; they are not the stalled integration itself");
    }

    @Test
    void aFightBetweenOtherActorsOrBeforeTheWindowDoesNotMoveIt() {
        List<Fact> facts = friction();
        facts.add(fight("event-other", "2025-10", EventKind.BATTLE, "gov", "isis"));
        facts.add(fight("event-old", "2019-03", EventKind.BATTLE, "gov", "sdf"));
        facts.add(fight("event-talks", "2025-10", EventKind.NEGOTIATION, "gov", "sdf"));
        RiskJudgment r = judged(facts, "integration-friction");
        assertEquals(Likelihood.LIKELY, r.likelihood(), "the rule's default: nothing observed");
        assertTrue(r.observed().isEmpty());
        assertTrue(r.indicators().stream().anyMatch(t -> t.en().contains("clashes")), "still to watch for");
    }

    @Test
    void aRepealOfTheSuspendedSanctionsEasesTheReversibleRelief() {
        List<Fact> facts = new ArrayList<>(List.of(actor("us", ActorKind.STATE, null),
                actor("gov", ActorKind.GOVERNMENT, null),
                sanctionsBy("sanctions-suspension", SanctionsStep.SUSPENDED, "us", "gov")));
        RiskJudgment before = judged(facts, "reversible-sanctions-relief");
        facts.add(sanctionsBy("sanctions-repeal", SanctionsStep.REPEALED, "us", "gov"));
        facts.add(sanctionsBy("near-miss", SanctionsStep.REPEALED, "us", "someone-else"));
        assertEquals(Strength.STRONG, before.strength());
        RiskJudgment after = all(facts, "reversible-sanctions-relief").stream()
                .filter(r -> r.id().equals(before.id())).findFirst().orElseThrow();
        assertEquals(Strength.MODERATE, after.strength(), "relief made permanent by law: one step looser");
        assertEquals(List.of("sanctions-repeal"), after.observed().get(0).facts(), "the near miss targets another");
        assertEquals(Rating.MEDIUM, after.rating(), "a major exposure that holds only moderately: one step lower");
    }

    @Test
    void aDeadlinePassedBeforeTheCutOffSettlesTheRiskThatItWouldBeMissed() {
        List<Fact> facts = new ArrayList<>(List.of(actor("sdf", ActorKind.NON_STATE_ARMED_GROUP, null),
                actor("gov", ActorKind.GOVERNMENT, null), deal("agreement-passed", "2025-06"),
                deal("agreement-ahead", "2026-06")));
        List<RiskJudgment> slips = all(facts, "agreement-deadline-slips");
        RiskJudgment passed = slips.stream().filter(r -> r.subject().equals("agreement-passed")).findFirst()
                .orElseThrow();
        assertTrue(passed.settled(), "the deadline passed with the agreement still short of force");
        assertFalse(passed.onMatrix(), "what happened has no likelihood to plot");
        assertEquals("2025-06", passed.observed().get(0).date(), "dated by the deadline it missed");
        assertTrue(passed.likelihoodBasis().steps().get(0).why().en().startsWith("Settled"));
        RiskJudgment ahead = slips.stream().filter(r -> r.subject().equals("agreement-ahead")).findFirst()
                .orElseThrow();
        assertFalse(ahead.settled(), "a deadline still ahead is a forecast");
        assertTrue(ahead.onMatrix());
        assertTrue(ahead.observed().isEmpty());
    }

    private static org.mizan.dossier.Agreement deal(String id, String deadline) {
        return new org.mizan.dossier.Agreement(id, text(id), Term.of(org.mizan.dossier.AgreementKind.UNDERSTANDING),
                List.of("gov", "sdf"), List.of(), List.of(), List.of(CITED), List.of(),
                Term.of(org.mizan.dossier.AgreementStatus.AGREED), deadline);
    }
}
