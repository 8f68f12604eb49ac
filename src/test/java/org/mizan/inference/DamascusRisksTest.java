package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.ActorKind;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.ClaimKind;
import org.mizan.dossier.RelationKind;

/** rules/risks-damascus.drl: the denied base and the understanding it would serve. */
class DamascusRisksTest {

    private static final String GAP = "Credibility gap between denial and field indicators";
    private static final String ENTANGLEMENT = "Regional entanglement through a sponsored understanding";

    @Test
    void aDenialContradictedByFieldIndicatorsCostsTheDenyingGovernmentCredibility() {
        try (var g = given(List.of(GAP), actor("ministry", ActorKind.MINISTRY, "gov"),
                claim("denial", "base-x", ClaimKind.OFFICIAL_DENIAL, "ministry"),
                claim("signs", "base-x", ClaimKind.FIELD_INDICATOR, null),
                claim("near-miss", "base-y", ClaimKind.FIELD_INDICATOR, null))) {
            List<Risk> risks = g.risks("credibility-gap");
            assertEquals(1, risks.size());
            assertEquals("gov", risks.get(0).subject(), "a ministry speaks for its government");
            assertEquals("base-x", risks.get(0).object());
            assertEquals(List.of("denial", "ministry", "signs"), risks.get(0).because());
            assertTrue(g.retract("signs").risks().isEmpty());
        }
    }

    @Test
    void aConfirmedBaseExposesTheGap() {
        try (var g = given(List.of(GAP), actor("ministry", ActorKind.MINISTRY, "gov"),
                claim("denial", "base-x", ClaimKind.OFFICIAL_DENIAL, "ministry"),
                claim("signs", "base-x", ClaimKind.FIELD_INDICATOR, null),
                base("base-x", "us", BaseRole.SOUTHERN_MONITORING, BaseStatus.CONFIRMED),
                base("near-miss", "us", BaseRole.LOGISTICS, BaseStatus.CONFIRMED))) {
            Risk risk = g.risks("credibility-gap").get(0);
            assertEquals(JudgmentKind.RISK, risk.kind(), "the denial is contradicted: an event by the horizon");
            assertEquals(Likelihood.ALMOST_CERTAIN, risk.likelihood());
            assertEquals(Likelihood.LIKELY, risk.defaultLikelihood());
            assertEquals(List.of(new Adjustment("base-confirmed", 2, List.of("base-x"))), risk.adjustments(),
                    "raised two steps by the confirmed base, and only by it");
            assertEquals(Impact.MAJOR, risk.impact());
            assertEquals(List.of("base-x", "denial", "ministry", "signs"), risk.because());
        }
    }

    @Test
    void aConfirmedMonitoringBaseMakesTheEntanglementFirm() {
        try (var g = given(List.of(ENTANGLEMENT), understanding("deal", List.of("gov", "neighbour"), List.of("us")),
                relation("leads", "us", RelationKind.LEADS, "coalition"),
                base("south", "us", BaseRole.SOUTHERN_MONITORING, BaseStatus.CONFIRMED),
                relation("bid", "gov", RelationKind.SEEKS_MEMBERSHIP, "coalition"))) {
            Risk entanglement = g.risks("regional-entanglement").get(0);
            assertEquals(Strength.STRONG, entanglement.strength());
            assertEquals(null, entanglement.likelihood(), "a condition: no likelihood");
        }
    }

    @Test
    void aDenialNobodyContradictsIsNoCredibilityGap() {
        try (var g = given(List.of(GAP), actor("ministry", ActorKind.MINISTRY, "gov"),
                claim("denial", "base-x", ClaimKind.OFFICIAL_DENIAL, "ministry"))) {
            assertTrue(g.risks().isEmpty());
        }
    }

    @Test
    void aMonitoringBaseForAnUnderstandingItsOperatorSponsorsEntanglesTheHost() {
        try (var g = given(List.of(ENTANGLEMENT), understanding("deal", List.of("gov", "neighbour"), List.of("us")),
                relation("leads", "us", RelationKind.LEADS, "coalition"),
                base("south", "us", BaseRole.SOUTHERN_MONITORING, BaseStatus.UNDER_NEGOTIATION),
                relation("bid", "gov", RelationKind.SEEKS_MEMBERSHIP, "coalition"),
                base("near-miss", "us", BaseRole.LOGISTICS, BaseStatus.ACTIVE))) {
            List<Risk> risks = g.risks("regional-entanglement");
            assertEquals(1, risks.size());
            assertEquals("gov", risks.get(0).subject());
            assertEquals("neighbour", risks.get(0).object());
            assertEquals(List.of("bid", "deal", "leads", "south"), risks.get(0).because());
            assertEquals(JudgmentKind.VULNERABILITY, risks.get(0).kind());
            assertEquals(Strength.MODERATE, risks.get(0).strength(), "a base only negotiated can still be dropped");
            assertTrue(g.retract("south").risks().isEmpty());
        }
    }

    @Test
    void aClosedBaseEntanglesNobody() {
        try (var g = given(List.of(ENTANGLEMENT), understanding("deal", List.of("gov", "neighbour"), List.of("us")),
                relation("leads", "us", RelationKind.LEADS, "coalition"),
                base("south", "us", BaseRole.SOUTHERN_MONITORING, BaseStatus.CLOSED),
                relation("bid", "gov", RelationKind.SEEKS_MEMBERSHIP, "coalition"))) {
            assertTrue(g.risks().isEmpty());
        }
    }
}
