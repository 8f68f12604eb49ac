package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.dependency;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.RuleVerifier.risk;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.GoalKind;
import org.mizan.dossier.PlanKind;
import org.mizan.dossier.RelationKind;

/** rules/risks-patronage.drl: one patron for everything, and what its drawdown would do. */
class PatronageRisksTest {

    private static final String CONCENTRATION = "Single-patron concentration";
    private static final String UNPAID = "Drawdown would leave a partner force unpaid";
    private static final String PLANNED = "Planned drawdown leaves a partner force unpaid";
    private static final String FRICTION = "Integration friction under another patron";

    private static final Object PAY = dependency("d-pay", "sdf", "coalition", DependencyKind.FINANCIAL);
    private static final Object ARMS = dependency("d-arms", "sdf", "coalition", DependencyKind.MILITARY_CAPABILITY);
    private static final Object AIR = dependency("d-air", "sdf", "coalition", DependencyKind.MILITARY_CAPABILITY);
    private static final Object EYES = dependency("d-eyes", "sdf", "coalition", DependencyKind.INTELLIGENCE_SURVEILLANCE);

    @Test
    void threeKindsOfDependencyOnOneProviderAreAConcentration() {
        try (var g = given(List.of(CONCENTRATION), PAY, ARMS, AIR, EYES,
                dependency("near-miss", "sdf", "someone", DependencyKind.LOGISTICS))) {
            List<Risk> risks = g.risks(RiskTypes.CONCENTRATION);
            assertEquals(1, risks.size(), "one risk per actor and provider, however many ties: " + risks);
            assertEquals("sdf", risks.get(0).subject());
            assertEquals("coalition", risks.get(0).object());
            assertEquals(List.of("d-air", "d-arms", "d-eyes", "d-pay"), risks.get(0).because());
            assertEquals(JudgmentKind.VULNERABILITY, risks.get(0).kind(), "a state, not an event");
            assertEquals(null, risks.get(0).likelihood(), "a vulnerability has no likelihood");
            assertEquals(Strength.STRONG, risks.get(0).strength(), "three kinds: strong, not yet critical");
            assertEquals(Impact.MAJOR, risks.get(0).impact(), "its exposure");
        }
    }

    @Test
    void fourKindsMakeTheConcentrationCritical() {
        try (var g = given(List.of(CONCENTRATION), PAY, ARMS, EYES,
                dependency("d-oil", "sdf", "coalition", DependencyKind.REVENUE_SECURITY))) {
            assertEquals(Strength.CRITICAL, g.risks(RiskTypes.CONCENTRATION).get(0).strength());
        }
    }

    @Test
    void twoKindsAreNotYetAConcentration() {
        try (var g = given(List.of(CONCENTRATION), PAY, ARMS, AIR,
                dependency("d-other", "sdf", "other", DependencyKind.INTELLIGENCE_SURVEILLANCE))) {
            assertTrue(g.risks().isEmpty());
        }
    }

    @Test
    void theConcentrationGoesWhenATieGoesBelowThreeKinds() {
        try (var g = given(List.of(CONCENTRATION), PAY, ARMS, EYES)) {
            assertEquals(1, g.risks().size());
            assertTrue(g.retract("d-eyes").risks().isEmpty());
        }
    }

    @Test
    void aConcentratedPartnerForcePaidByItsPatronWouldGoUnpaidIfThePatronDrewDown() {
        try (var g = given(List.of(UNPAID), risk("r-conc", RiskTypes.CONCENTRATION, "sdf", "coalition"), PAY,
                relation("partner", "sdf", RelationKind.GROUND_PARTNER, "coalition"),
                risk("near-miss", RiskTypes.CONCENTRATION, "gov", "coalition"))) {
            List<Risk> risks = g.risks("drawdown-unpaid-force");
            assertEquals(1, risks.size());
            Risk unpaid = risks.get(0);
            assertEquals(List.of("d-pay", "partner", "r-conc"), unpaid.because());
            assertEquals(JudgmentKind.CONTINGENCY, unpaid.kind(), "if the patron draws down, then ...");
            assertEquals(Likelihood.VERY_LIKELY, unpaid.likelihood(), "conditional on the drawdown");
            assertEquals(Likelihood.VERY_LIKELY, unpaid.defaultLikelihood(), "the rule's default, unadjusted");
            assertTrue(unpaid.adjustments().isEmpty());
            assertEquals(TriggerStance.NOT_REPORTED, unpaid.trigger().stance(),
                    "no plan and no denial of a drawdown in the dossier");
            g.retract("d-pay");
            assertTrue(g.risks("drawdown-unpaid-force").isEmpty());
        }
    }

    @Test
    void aForceWithRevenueOfItsOwnWouldLoseLessOneStepLessLikely() {
        try (var g = given(List.of(UNPAID), risk("r-conc", RiskTypes.CONCENTRATION, "sdf", "coalition"), PAY,
                relation("partner", "sdf", RelationKind.GROUND_PARTNER, "coalition"),
                oilField("field", "sdf", "coalition"), oilField("near-miss", "someone-else", "coalition"))) {
            Risk unpaid = g.risks("drawdown-unpaid-force").get(0);
            assertEquals(Likelihood.LIKELY, unpaid.likelihood());
            assertEquals(List.of(new Adjustment("own-revenue", -1, List.of("field"))), unpaid.adjustments());
        }
    }

    @Test
    void onceThePatronPlansADrawdownTheUnpaidForceIsARiskByTheHorizon() {
        try (var g = given(List.of(UNPAID, PLANNED), risk("r-conc", RiskTypes.CONCENTRATION, "sdf", "coalition"), PAY,
                relation("partner", "sdf", RelationKind.GROUND_PARTNER, "coalition"),
                plan("drawdown", PlanKind.DRAWDOWN, List.of("coalition")),
                plan("near-miss", PlanKind.JOINT_OPERATIONS, List.of("coalition")))) {
            assertTrue(g.risks("drawdown-unpaid-force").isEmpty(), "the planned drawdown replaces the contingency");
            List<Risk> risks = g.risks("unpaid-force-after-drawdown");
            assertEquals(1, risks.size(), "" + risks);
            assertEquals(JudgmentKind.RISK, risks.get(0).kind());
            assertEquals(Likelihood.VERY_LIKELY, risks.get(0).likelihood());
            assertEquals(List.of("d-pay", "drawdown", "partner", "r-conc"), risks.get(0).because());
            g.retract("drawdown");
            assertEquals(JudgmentKind.CONTINGENCY, g.risks("drawdown-unpaid-force").get(0).kind(),
                    "without the plan it is a contingency again");
            assertTrue(g.risks("unpaid-force-after-drawdown").isEmpty());
        }
    }

    @Test
    void integrationRubsAgainstAForceThatAnswersToAnotherPatron() {
        try (var g = given(List.of(FRICTION), goal("g4", "gov", GoalKind.FORCE_INTEGRATION, "sdf"),
                risk("r-conc", RiskTypes.CONCENTRATION, "sdf", "coalition"),
                risk("near-miss", RiskTypes.CONCENTRATION, "gov", "coalition"))) {
            List<Risk> risks = g.risks("integration-friction");
            assertEquals(1, risks.size());
            assertEquals("sdf", risks.get(0).subject());
            assertEquals("gov", risks.get(0).object());
            assertEquals(JudgmentKind.RISK, risks.get(0).kind(), "the integration stalls: an event by the horizon");
            assertTrue(g.retract("r-conc").risks("integration-friction").isEmpty());
        }
    }
}
