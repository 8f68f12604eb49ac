package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.dependency;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.ClaimKind;
import org.mizan.dossier.GoalKind;
import org.mizan.dossier.SanctionsStep;

/** rules/risks-resources.drl: relief that can be withdrawn, and resource revenue both sides want. */
class ResourceAndSanctionsRisksTest {

    private static final String RELIEF = "Sanctions relief that can be withdrawn";
    private static final String OIL = "Resource revenue disputed between a government and the force that holds it";

    @Test
    void aSuspensionTheGrantorCanLetLapseIsReliefThatCanBeWithdrawn() {
        try (var g = given(List.of(RELIEF), dependency("d-relief", "gov", "us", DependencyKind.SANCTIONS_RELIEF),
                sanctionsBy("suspension", SanctionsStep.SUSPENDED, "us", "gov"),
                sanctionsBy("near-miss", SanctionsStep.SUSPENDED, "eu", "gov"))) {
            List<Risk> risks = g.risks("reversible-sanctions-relief");
            assertEquals(1, risks.size());
            assertEquals(List.of("gov", "us"), List.of(risks.get(0).subject(), risks.get(0).object()));
            assertEquals(List.of("d-relief", "suspension"), risks.get(0).because());
            assertEquals(JudgmentKind.VULNERABILITY, risks.get(0).kind(), "a condition, not an event with a date");
            assertEquals(null, risks.get(0).likelihood());
        }
    }

    @Test
    void reliefRepealedForGoodAndUnconditionalCannotBeWithdrawnThisWay() {
        try (var g = given(List.of(RELIEF), dependency("d-relief", "gov", "us", DependencyKind.SANCTIONS_RELIEF),
                sanctionsBy("repeal", SanctionsStep.REPEALED, "us", "gov"))) {
            assertTrue(g.risks().isEmpty());
        }
    }

    @Test
    void oilHeldByAForceThatLivesOnItIsDisputedByAGovernmentThatWantsItIntegrated() {
        try (var g = given(List.of(OIL), dependency("d-oil", "sdf", "coalition", DependencyKind.REVENUE_SECURITY),
                claim("share", "sdf", ClaimKind.RESOURCE_SHARE, null),
                claim("another-holder", "someone-else", ClaimKind.RESOURCE_SHARE, null),
                goal("g4", "gov", GoalKind.FORCE_INTEGRATION, "sdf"),
                goal("near-miss", "gov", GoalKind.FORCE_INTEGRATION, "someone-else"))) {
            List<Risk> risks = g.risks("resource-revenue-dispute");
            assertEquals(1, risks.size());
            assertEquals("sdf", risks.get(0).subject());
            assertEquals("gov", risks.get(0).object());
            assertEquals(JudgmentKind.RISK, risks.get(0).kind());
            assertTrue(!risks.get(0).because().contains("another-holder"), "a claim about another holder is unrelated");
            assertTrue(g.retract("share").risks().isEmpty());
        }
    }

    @Test
    void withoutTheGovernmentsIntegrationGoalThereIsNoOilDispute() {
        try (var g = given(List.of(OIL), dependency("d-oil", "sdf", "coalition", DependencyKind.REVENUE_SECURITY),
                claim("share", "sdf", ClaimKind.RESOURCE_SHARE, null))) {
            assertTrue(g.risks().isEmpty());
        }
    }
}
