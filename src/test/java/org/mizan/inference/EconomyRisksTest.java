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

/** rules/risks-economy.drl: relief that can be withdrawn, and oil both sides want. */
class EconomyRisksTest {

    private static final String RELIEF = "Sanctions relief lasts only as long as the partnership";
    private static final String OIL = "Oil wealth disputed between the government and the force that holds it";

    @Test
    void conditionalReliefOnTrialLastsOnlyAsLongAsThePartnership() {
        try (var g = given(List.of(RELIEF), dependency("d-relief", "gov", "coalition", DependencyKind.SANCTIONS_RELIEF),
                sanctions("easing", SanctionsStep.GRADUAL_EASING, List.of("coalition")),
                sanctions("test", SanctionsStep.EXTENSION_TEST, List.of()),
                sanctions("near-miss", SanctionsStep.GRADUAL_EASING, List.of("un")))) {
            List<Risk> risks = g.risks("reversible-sanctions-relief");
            assertEquals(1, risks.size());
            assertEquals(List.of("d-relief", "easing", "test"), risks.get(0).because());
            assertEquals(JudgmentKind.VULNERABILITY, risks.get(0).kind(), "a condition, not an event with a date");
            assertEquals(null, risks.get(0).likelihood());
            assertTrue(g.retract("test").risks().isEmpty(), "relief that is no longer a trial is not as fragile");
        }
    }

    @Test
    void oilHeldByAForceThatLivesOnItIsDisputedByAGovernmentThatWantsItIntegrated() {
        try (var g = given(List.of(OIL), dependency("d-oil", "sdf", "coalition", DependencyKind.REVENUE_SECURITY),
                claim("share", "sdf", ClaimKind.RESOURCE_SHARE, null),
                claim("another-holder", "someone-else", ClaimKind.RESOURCE_SHARE, null),
                goal("g4", "gov", GoalKind.SDF_INTEGRATION, "coalition"),
                goal("near-miss", "gov", GoalKind.SANCTIONS_RELIEF, "coalition"))) {
            List<Risk> risks = g.risks("oil-wealth-dispute");
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
