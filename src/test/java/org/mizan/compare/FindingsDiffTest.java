package org.mizan.compare;

import static org.junit.jupiter.api.Assertions.*;
import static org.mizan.compare.Runs.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.*;
import org.mizan.inference.*;

class FindingsDiffTest {

    private static final Dossier BEFORE = dossier(baseFacts());
    private static final Dependency FINANCIAL =
            dependency("dep-financial-1", DependencyKind.FINANCIAL, Strength.CRITICAL, "Paid by patron", "support-funding");
    private static final Dependency ARMS =
            dependency("dep-arms-1", DependencyKind.MILITARY_CAPABILITY, Strength.STRONG, "Armed by patron", "support-arms");
    private static final RiskJudgment CONCENTRATION = risk("risk-concentration-1", "concentration", Rating.HIGH,
            Likelihood.LIKELY, Confidence.MODERATE, "Concentration", "dep-financial-1", "dep-arms-1");
    private static final Findings BASELINE = findings(List.of(FINANCIAL, ARMS), List.of(CONCENTRATION));

    private static Dossier without(String id) {
        List<Fact> facts = new ArrayList<>(baseFacts());
        facts.removeIf(f -> f.id().equals(id));
        return dossier(facts);
    }

    @Test
    void aRemovedFactTakesItsDependencyAwayAndIsNamedAsTheReason() {
        Dossier after = without("support-funding");
        RiskJudgment weaker = risk("risk-concentration-2", "concentration", Rating.MEDIUM, Likelihood.UNLIKELY,
                Confidence.MODERATE, "Concentration", "dep-arms-1");
        FindingsDiff diff = FindingsDiff.between(BASELINE, findings(List.of(ARMS), List.of(weaker)), BEFORE, after);

        assertEquals(2, diff.changes().size(), diff.text());
        FindingChange risk = diff.changes().get(0);
        assertEquals(FindingChange.Kind.REGRADED, risk.kind(), "matched by type and actors although its id changed");
        assertEquals(List.of("rating high → medium", "likelihood likely → unlikely"),
                risk.grades().stream().map(GradeChange::describe).toList());
        assertEquals(List.of(new Reason(Reason.Kind.FACT_REMOVED, "support-funding", "support-funding removed")),
                risk.reasons());
        assertEquals(new Text("Changes grade: Risk concentration. Rating high → medium. Likelihood likely → unlikely."
                + " Because fact support-funding was removed.", "تتغير درجته: خطر concentration. التصنيف من مرتفع إلى"
                + " متوسط. الاحتمال من مرجّح إلى مستبعد. والسبب: حذف الواقعة support-funding."), diff.lines(after).get(0));
        FindingChange dependency = diff.changes().get(1);
        assertEquals(FindingChange.Kind.DISAPPEARED, dependency.kind());
        assertEquals("dependency force -> patron (financial)", dependency.key().toString());
        assertEquals(Reason.Kind.FACT_REMOVED, dependency.reasons().get(0).kind());
    }

    @Test
    void aChangedFieldIsShownWithItsValuesBeforeAndAfter() {
        List<Fact> facts = new ArrayList<>(baseFacts());
        facts.set(2, support("support-funding", "force", "force", SupportType.FUNDING));
        Dossier after = dossier(facts);
        FindingsDiff diff = FindingsDiff.between(BASELINE, findings(List.of(ARMS), List.of()), BEFORE, after);

        FindingChange financial = diff.changes().stream().filter(c -> c.from() == FINANCIAL).findFirst().orElseThrow();
        assertEquals("support-funding: provider patron → force", financial.reasons().get(0).detail());
        assertEquals(Reason.Kind.FACT_CHANGED, financial.reasons().get(0).kind());
    }

    @Test
    void aSwitchedOffRuleIsTheReasonItsFindingsDisappear() {
        FindingsDiff diff = FindingsDiff.between(BASELINE, findings(List.of(FINANCIAL, ARMS), List.of()), BEFORE,
                BEFORE, Set.of("Concentration"));

        assertEquals(1, diff.changes().size());
        assertEquals(FindingChange.Kind.DISAPPEARED, diff.changes().get(0).kind());
        assertEquals(List.of(new Reason(Reason.Kind.RULE_SWITCHED_OFF, "Concentration", "")),
                diff.changes().get(0).reasons());
    }

    @Test
    void anAppearanceNamesTheAddedFactItRestsOn() {
        List<Fact> facts = new ArrayList<>(baseFacts());
        facts.add(support("support-air", "patron", "force", SupportType.AIR_SUPPORT));
        Dependency air = dependency("dep-air-1", DependencyKind.LOGISTICS, Strength.CRITICAL, "Air cover", "support-air");
        FindingsDiff diff = FindingsDiff.between(BASELINE, findings(List.of(FINANCIAL, ARMS, air),
                List.of(CONCENTRATION)), BEFORE, dossier(facts));

        assertEquals(1, diff.changes().size());
        assertEquals(FindingChange.Kind.APPEARED, diff.changes().get(0).kind());
        assertEquals("fact support-air was added", diff.changes().get(0).reasons().get(0).text().en());
    }

    @Test
    void theOnlyRiskOfATypeOnEachSideIsTheSameRiskEvenWhenItsActorsChanged() {
        List<Fact> facts = new ArrayList<>(baseFacts());
        facts.add(actor("other", "Other", "آخر"));
        facts.add(support("support-other", "other", "force", SupportType.FUNDING));
        RiskJudgment elsewhere = risk("risk-concentration-other", "concentration", Rating.LOW, Likelihood.LIKELY,
                Confidence.MODERATE, "Concentration", "support-other");
        FindingsDiff diff = FindingsDiff.between(BASELINE, findings(List.of(FINANCIAL, ARMS), List.of(elsewhere)),
                BEFORE, dossier(facts));

        assertEquals(1, diff.changes().size(), diff.text());
        assertEquals(FindingChange.Kind.REGRADED, diff.changes().get(0).kind());
        assertEquals("risk concentration [force, other]", diff.changes().get(0).key().toString());
        assertEquals(Set.of(Reason.Kind.FACT_ADDED), Set.copyOf(diff.changes().get(0).reasons().stream()
                .filter(r -> r.subject().equals("support-other")).map(Reason::kind).toList()));
    }

    @Test
    void identicalRunsHaveNoChangeAndSaySo() {
        FindingsDiff diff = FindingsDiff.between(BASELINE, BASELINE, BEFORE, BEFORE);
        assertTrue(diff.isEmpty());
        assertEquals("no change in the findings", diff.summary());
    }

    @Test
    void aRuleThatJudgesDifferentlyOnTheSameFactsIsNamedWhenNoFactInItsChainChanged() {
        RiskJudgment regraded = risk("risk-concentration-1", "concentration", Rating.CRITICAL, Likelihood.LIKELY,
                Confidence.MODERATE, "Concentration", "dep-financial-1", "dep-arms-1");
        FindingsDiff diff = FindingsDiff.between(BASELINE, findings(List.of(FINANCIAL, ARMS), List.of(regraded)),
                BEFORE, BEFORE);

        Reason reason = diff.changes().get(0).reasons().get(0);
        assertEquals(Reason.Kind.RULE_JUDGES_DIFFERENTLY, reason.kind());
        assertEquals("Concentration", reason.subject());
        assertEquals("no fact changed (the rule itself changed)", reason.detail());
    }

    @Test
    void theTerminalTextAndTheBriefLinesCarryEveryChangeWithItsReason() {
        Dossier after = without("support-funding");
        FindingsDiff diff = FindingsDiff.between(BASELINE, findings(List.of(ARMS), List.of()), BEFORE, after);

        assertEquals("""
                0 appeared, 2 disappeared, 0 changed grade
                  (+ appeared, - disappeared, ~ changed grade, = same grades on other grounds; a risk's [actors] are the actors it concerns; the [id] at the end is the finding's id in findings.json, for ./mizan explain)
                  input: support-funding removed
                - risk concentration [force, patron]  disappeared [risk-concentration-1]
                    because fact support-funding was removed
                - dependency force -> patron (financial)  disappeared [dep-financial-1]
                    because fact support-funding was removed
                """, diff.text());
        List<Text> lines = diff.lines(after);
        assertEquals(new Text("Disappears: Force depends on Patron (financial). Because fact support-funding was removed.",
                "يختفي: اعتماد القوة على الراعي (مالي). والسبب: حذف الواقعة support-funding."), lines.get(1));
    }
}
