package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.RelationKind;
import org.mizan.dossier.SupportType;
import org.mizan.dossier.ThreatStatus;

/** rules/dependencies-presence.drl: what a foreign force's presence rests on. */
class DependenciesOfAPresenceTest {

    private static final String GROUND = "Foreign force relies on its ground partner";
    private static final String COVER = "Presence needs legal cover from the government";
    private static final String HUB = "Base network hinges on a single command hub";
    private static final String DEPOT = "Forward points supplied through a logistics base";

    private static final Object LEADS = relation("leads", "us", RelationKind.LEADS, "coalition");

    @Test
    void theCoalitionReliesOnTheForceItArmsWhileTheEnemySurvives() {
        try (var g = given(List.of(GROUND), relation("partner", "sdf", RelationKind.GROUND_PARTNER, "coalition"),
                support("arms", "coalition", "sdf", SupportType.ARMS_AND_TRAINING),
                threat("remnants", "isis", ThreatStatus.REMNANTS),
                threat("near-miss", "isis", ThreatStatus.DEFEATED))) {
            Dependency d = g.dependencies().get(0);
            assertEquals("coalition", d.dependent());
            assertEquals("sdf", d.provider());
            assertEquals(DependencyKind.GROUND_PARTNER, d.kind());
            assertEquals(List.of("arms", "partner", "remnants"), d.because());
            assertTrue(g.retract("remnants").dependencies().isEmpty());
        }
    }

    @Test
    void aPresenceOnBasesNeedsLegalCoverFromItsPoliticalPartner() {
        try (var g = given(List.of(COVER), LEADS,
                relation("political", "coalition", RelationKind.POLITICAL_PARTNER, "gov"),
                base("b1", "us", BaseRole.LOGISTICS, BaseStatus.ACTIVE),
                base("near-miss", "someone", BaseRole.LOGISTICS, BaseStatus.ACTIVE))) {
            Dependency d = g.dependencies().get(0);
            assertEquals(DependencyKind.LEGAL_COVER, d.kind());
            assertEquals("gov", d.provider());
            assertEquals(List.of("b1", "leads", "political"), d.because());
            assertTrue(g.retract("b1").dependencies().isEmpty());
        }
    }

    @Test
    void aNetworkWithOneCommandHubHingesOnIt() {
        try (var g = given(List.of(HUB), LEADS,
                base("hub", "coalition", BaseRole.COMMAND_HUB, BaseStatus.ACTIVE),
                base("f1", "us", BaseRole.FORWARD_OPERATIONS, BaseStatus.ACTIVE),
                base("f2", "coalition", BaseRole.TRAINING, BaseStatus.ACTIVE),
                base("near-miss", "coalition", BaseRole.MONITORING, BaseStatus.UNDER_NEGOTIATION))) {
            Dependency d = g.dependencies().get(0);
            assertEquals("hub", d.provider());
            assertEquals(Strength.CRITICAL, d.strength());
            assertTrue(g.retract("f2").dependencies().isEmpty(), "a hub with one outpost is no network");
        }
    }

    @Test
    void aSecondCommandHubRemovesTheSinglePointOfFailure() {
        try (var g = given(List.of(HUB), LEADS,
                base("hub", "coalition", BaseRole.COMMAND_HUB, BaseStatus.ACTIVE),
                base("hub2", "us", BaseRole.COMMAND_HUB, BaseStatus.ACTIVE),
                base("f1", "us", BaseRole.FORWARD_OPERATIONS, BaseStatus.ACTIVE),
                base("f2", "us", BaseRole.FORWARD_OPERATIONS, BaseStatus.ACTIVE))) {
            assertTrue(g.dependencies().isEmpty());
            g.retract("hub2");
            assertEquals(1, g.dependencies().size());
        }
    }

    @Test
    void forwardPointsDependOnTheLogisticsBaseBehindThem() {
        try (var g = given(List.of(DEPOT), LEADS, base("depot", "us", BaseRole.LOGISTICS, BaseStatus.ACTIVE),
                base("f1", "coalition", BaseRole.FORWARD_OPERATIONS, BaseStatus.ACTIVE),
                base("near-miss", "coalition", BaseRole.FORWARD_OPERATIONS, BaseStatus.CLOSED))) {
            Dependency d = g.dependencies().get(0);
            assertEquals(DependencyKind.LOGISTICS, d.kind());
            assertEquals("depot", d.provider());
            assertEquals(List.of("depot", "f1", "leads"), d.because());
            assertTrue(g.retract("f1").dependencies().isEmpty());
        }
    }
}
