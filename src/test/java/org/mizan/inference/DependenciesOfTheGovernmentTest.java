package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.GoalKind;
import org.mizan.dossier.RelationKind;
import org.mizan.dossier.SanctionsStep;
import org.mizan.dossier.ThreatStatus;

/** rules/dependencies-government.drl: what the government relies on the coalition for, goal by goal. */
class DependenciesOfTheGovernmentTest {

    private static final String SECURITY = "Government seeks security support against a live threat";
    private static final String SANCTIONS = "Sanctions relief conditional on the partner";
    private static final String LEGITIMACY = "Legitimacy sought through membership";
    private static final String INTEGRATION = "Integration of a partner force needs its patron";

    @Test
    void securitySupportIsADependencyOnlyWhileAThreatSurvives() {
        try (var g = given(List.of(SECURITY), goal("g1", "gov", GoalKind.SECURITY_SUPPORT, "coalition"),
                threat("remnants", "isis", ThreatStatus.REMNANTS), threat("cells", "isis", ThreatStatus.SLEEPER_CELLS))) {
            assertEquals(1, g.dependencies().size(), "one dependency however many threats");
            Dependency d = g.dependencies().get(0);
            assertEquals(DependencyKind.MILITARY_CAPABILITY, d.kind());
            assertEquals(List.of("cells", "g1", "remnants"), d.because());
            g.retract("remnants").retract("cells");
            assertTrue(g.dependencies().isEmpty());
        }
    }

    @Test
    void aDefeatedThreatCreatesNoSecurityDependency() {
        try (var g = given(List.of(SECURITY), goal("g1", "gov", GoalKind.SECURITY_SUPPORT, "coalition"),
                threat("gone", "isis", ThreatStatus.DEFEATED))) {
            assertTrue(g.dependencies().isEmpty());
        }
    }

    @Test
    void sanctionsReliefConditionalOnThePartnerMakesTheGovernmentDependOnIt() {
        try (var g = given(List.of(SANCTIONS), goal("g2", "gov", GoalKind.SANCTIONS_RELIEF, "coalition"),
                sanctions("easing", SanctionsStep.GRADUAL_EASING, List.of("coalition", "sdf")),
                sanctions("near-miss", SanctionsStep.EXTENSION_TEST, List.of("coalition")))) {
            assertEquals(List.of(DependencyKind.SANCTIONS_RELIEF), g.dependencies().stream().map(Dependency::kind).toList());
            assertEquals(List.of("easing", "g2"), g.dependencies().get(0).because());
            assertTrue(g.retract("easing").dependencies().isEmpty());
        }
    }

    @Test
    void reliefConditionalOnSomeoneElseIsNoDependencyOnThePartner() {
        try (var g = given(List.of(SANCTIONS), goal("g2", "gov", GoalKind.SANCTIONS_RELIEF, "coalition"),
                sanctions("easing", SanctionsStep.GRADUAL_EASING, List.of("un")))) {
            assertTrue(g.dependencies().isEmpty());
        }
    }

    @Test
    void legitimacySoughtThroughMembershipIsALegitimacyDependency() {
        try (var g = given(List.of(LEGITIMACY), goal("g3", "gov", GoalKind.INTERNATIONAL_LEGITIMACY, "coalition"),
                relation("bid", "gov", RelationKind.SEEKS_MEMBERSHIP, "coalition"),
                relation("near-miss", "gov", RelationKind.SEEKS_MEMBERSHIP, "league"))) {
            assertEquals(1, g.dependencies().size());
            assertEquals(DependencyKind.LEGITIMACY, g.dependencies().get(0).kind());
            assertTrue(g.retract("bid").dependencies().isEmpty());
        }
    }

    @Test
    void integratingAForceNeedsTheConsentOfItsPatron() {
        try (var g = given(List.of(INTEGRATION), goal("g4", "gov", GoalKind.SDF_INTEGRATION, "coalition"),
                relation("partner", "sdf", RelationKind.GROUND_PARTNER, "coalition"))) {
            Dependency d = g.dependencies().get(0);
            assertEquals("gov", d.dependent());
            assertEquals("coalition", d.provider());
            assertEquals(DependencyKind.MEDIATION, d.kind());
            assertTrue(g.retract("partner").dependencies().isEmpty());
        }
    }
}
