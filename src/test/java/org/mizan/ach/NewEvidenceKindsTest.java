package org.mizan.ach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mizan.dossier.*;
import org.mizan.inference.RuleBase;

/**
 * rules/ach.drl rates the evidence that news brings: fighting between a government and the force it seeks to
 * integrate, a deadline passed without the agreed step, a repeal. The cut-off is 10 November 2025.
 */
class NewEvidenceKindsTest {

    private static final RuleBase RULES = RuleBase.compile(
            Path.of(System.getProperty("mizan.project.dir", ".")).resolve("rules"));

    private static final Hypothesis DEEPENS = hypothesis("hyp-deepens", Trend.PRESENCE_DEEPENS);
    private static final Hypothesis DRAWDOWN = hypothesis("hyp-drawdown", Trend.DRAWDOWN);
    private static final Hypothesis BREAKDOWN = hypothesis("hyp-breakdown", Trend.PARTNERSHIP_BREAKS_DOWN);

    @AfterAll
    static void close() {
        RULES.close();
    }

    private static Hypothesis hypothesis(String id, Trend trend) {
        return new Hypothesis(id, new Text(id, id), new Text(id, id), trend);
    }

    private static int paragraph = 1;

    private static Evidence cited() {
        paragraph += 4;   // paragraphs far apart: independent items, not one cluster
        return new Evidence("press", paragraph, "…", 2, Attribution.PRESS_REPORT);
    }

    private static Text t(String s) {
        return new Text(s, s);
    }

    private static Event event(String id, EventKind kind, String... actors) {
        return new Event(id, "2025-10", t(id), kind, List.of(actors), cited());
    }

    private static Agreement agreement(String id, String deadline) {
        return new Agreement(id, t(id), Term.of(AgreementKind.UNDERSTANDING), List.of("gov", "force"), List.of(),
                List.of(), List.of(cited()), List.of(), Term.of(AgreementStatus.AGREED), deadline);
    }

    private static AchResult run(Fact... facts) {
        Source press = new Source("press", t("P"), t("T"), LocalDate.of(2025, 11, 10), null, Language.EN,
                Reliability.B);
        List<Fact> all = new java.util.ArrayList<>(List.of(
                new Actor("gov", t("gov"), ActorKind.GOVERNMENT, null, t("gov"), cited()),
                new Actor("force", t("force"), ActorKind.NON_STATE_ARMED_GROUP, null, t("force"), cited()),
                new Actor("police", t("police"), ActorKind.NON_STATE_ARMED_GROUP, "force", t("police"), cited()),
                new Goal("goal-integrate", "gov", "force", GoalKind.FORCE_INTEGRATION, t("x"), cited())));
        all.addAll(List.of(facts));
        Dossier d = new Dossier("ach", t("A"), List.of(press), all, Map.of(), "digest");
        return AchAnalysis.run(RULES, d, List.of(DEEPENS, DRAWDOWN, BREAKDOWN));
    }

    private static java.util.Optional<Item> item(AchResult r, String fact) {
        return r.items().stream().filter(i -> i.fact().equals(fact)).findFirst();
    }

    @Test
    void fightingBetweenTheGovernmentAndAPartOfTheForceFitsABreakdown() {
        AchResult r = run(event("event-clashes", EventKind.COERCE, "gov", "police"),
                event("near-miss", EventKind.COERCE, "gov", "someone-else"));
        Item clashes = item(r, "event-clashes").orElseThrow();
        assertEquals(Consistency.VERY_CONSISTENT, clashes.against(BREAKDOWN.id()));
        assertEquals(Consistency.INCONSISTENT, clashes.against(DRAWDOWN.id()));
        assertEquals(Consistency.INCONSISTENT, clashes.against(DEEPENS.id()));
        assertTrue(item(r, "near-miss").isEmpty(), "arrests by the government of others say nothing of the force");
    }

    @Test
    void aDeadlinePassedBeforeTheCutOffArguesAgainstAHandover() {
        AchResult r = run(agreement("agreement-passed", "2025-06"), agreement("agreement-ahead", "2026-06"));
        Item passed = item(r, "agreement-passed").orElseThrow();
        assertEquals(Consistency.CONSISTENT, passed.against(BREAKDOWN.id()));
        assertEquals(Consistency.INCONSISTENT, passed.against(DRAWDOWN.id()));
        assertTrue(item(r, "agreement-ahead").isEmpty(), "a deadline still ahead has not been missed");
    }

    @Test
    void aRepealIsLastingReliefThatABreakdownWouldHaveToUndo() {
        AchResult r = run(new SanctionsMeasure("sanctions-repeal", t("repeal"), Term.of(SanctionsStep.REPEALED),
                t("everywhere"), List.of(), List.of(cited()), List.of(), "us", "gov", null));
        Item repeal = item(r, "sanctions-repeal").orElseThrow();
        assertEquals(Consistency.VERY_INCONSISTENT, repeal.against(BREAKDOWN.id()));
        assertEquals(Consistency.CONSISTENT, repeal.against(DRAWDOWN.id()));
    }
}
