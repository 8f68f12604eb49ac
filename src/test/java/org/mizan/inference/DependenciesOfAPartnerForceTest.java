package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.RelationKind;
import org.mizan.dossier.SupportType;

/** rules/dependencies-sdf.drl: what a partner force relies on its patron for. */
class DependenciesOfAPartnerForceTest {

    private static final String PAID = "Partner force paid by its patron";
    private static final String ARMED = "Partner force trained and armed by its patron";
    private static final String AIR = "Partner force fights under its patron's air cover";
    private static final String WATCH = "Partner force watches its areas with its patron's equipment";
    private static final String OIL = "Self-financing rests on protected oil fields";

    private static final Object PARTNER = relation("partner", "force", RelationKind.GROUND_PARTNER, "patron");

    @Test
    void aPartnerForcePaidByItsPatronDependsOnItFinanciallyAndCritically() {
        try (var g = given(List.of(PAID), PARTNER, support("pay", "patron", "force", SupportType.FUNDING),
                support("near-miss", "patron", "stranger", SupportType.FUNDING))) {
            assertEquals(1, g.dependencies().size());
            Dependency d = g.dependencies().get(0);
            assertEquals("force", d.dependent());
            assertEquals("patron", d.provider());
            assertEquals(DependencyKind.FINANCIAL, d.kind());
            assertEquals(Strength.CRITICAL, d.strength());
            assertEquals(PAID, d.rule());
            assertEquals(List.of("partner", "pay"), d.because());
        }
    }

    @Test
    void fundingWithoutAGroundPartnershipIsNoDependencyOfThisKind() {
        try (var g = given(List.of(PAID), support("pay", "patron", "force", SupportType.FUNDING))) {
            assertTrue(g.dependencies().isEmpty());
        }
    }

    @Test
    void theFinancialDependencyGoesWhenTheFundingIsRetracted() {
        try (var g = given(List.of(PAID), PARTNER, support("pay", "patron", "force", SupportType.FUNDING))) {
            assertEquals(1, g.dependencies().size());
            assertTrue(g.retract("pay").dependencies().isEmpty());
        }
    }

    @Test
    void eachKindOfMilitarySupportGivesItsOwnDependency() {
        try (var g = given(List.of(ARMED, AIR, WATCH), PARTNER,
                support("arms", "patron", "force", SupportType.TRAINING_AND_ARMS),
                support("air", "patron", "force", SupportType.AIR_SUPPORT),
                support("kit", "patron", "force", SupportType.SURVEILLANCE_EQUIPMENT),
                support("near-miss", "other", "force", SupportType.AIR_SUPPORT))) {
            assertEquals(List.of(DependencyKind.MILITARY_CAPABILITY, DependencyKind.MILITARY_CAPABILITY,
                            DependencyKind.INTELLIGENCE_SURVEILLANCE),
                    g.dependencies().stream().map(Dependency::kind).sorted().toList());
            assertTrue(g.dependencies().stream().allMatch(d -> d.provider().equals("patron")));
            g.retract("air");
            assertEquals(2, g.dependencies().size());
            g.retract("partner");
            assertTrue(g.dependencies().isEmpty());
        }
    }

    @Test
    void selfFinancingRestsOnTheGuardOfItsOilFieldsCriticallyFromThreeFields() {
        try (var g = given(List.of(OIL), support("guard", "patron", "force", SupportType.OILFIELD_PROTECTION),
                oilField("f1", "force", "patron"), oilField("f2", "force", "patron"),
                oilField("f3", "force", "patron"), oilField("near-miss", "force", "someone-else"))) {
            Dependency d = g.dependencies().get(0);
            assertEquals(DependencyKind.REVENUE_SECURITY, d.kind());
            assertEquals(Strength.CRITICAL, d.strength());
            assertEquals(List.of("f1", "f2", "f3", "guard"), d.because());
            g.retract("f3");
            assertEquals(Strength.STRONG, g.dependencies().get(0).strength());
            g.retract("f1").retract("f2");
            assertTrue(g.dependencies().isEmpty());
        }
    }
}
