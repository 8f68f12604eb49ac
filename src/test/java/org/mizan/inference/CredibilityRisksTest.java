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

/** rules/risks-credibility.drl: a denial against reports, and the understanding a monitoring base would serve. */
class CredibilityRisksTest {

    private static final String GAP = "Credibility gap between a denial and reports";
    private static final String ENTANGLEMENT = "Regional entanglement through a sponsored understanding";

    @Test
    void aDenialOfAReportedBaseCostsTheDenyingGovernmentCredibilityTheMoreWithFieldIndicators() {
        try (var g = given(List.of(GAP), actor("ministry", ActorKind.MINISTRY, "gov"),
                claim("denial", "base-x", ClaimKind.OFFICIAL_DENIAL, "ministry"),
                base("base-x", "power", BaseRole.NAVAL_BASE, BaseStatus.UNDER_NEGOTIATION),
                claim("signs", "base-x", ClaimKind.FIELD_INDICATOR, null),
                claim("near-miss", "base-y", ClaimKind.FIELD_INDICATOR, null))) {
            List<Risk> risks = g.risks("credibility-gap");
            assertEquals(1, risks.size());
            assertEquals("gov", risks.get(0).subject(), "a ministry speaks for its government");
            assertEquals("base-x", risks.get(0).object());
            assertEquals(List.of("base-x", "denial", "ministry", "signs"), risks.get(0).because());
            assertEquals(Likelihood.LIKELY, risks.get(0).likelihood(), "even chance, raised by the field indicators");
            g.retract("signs");
            assertEquals(Likelihood.ROUGHLY_EVEN_CHANCE, g.risks("credibility-gap").get(0).likelihood(),
                    "the reports alone");
            assertTrue(g.retract("base-x").risks().isEmpty(), "nothing reported, nothing contradicted");
        }
    }

    @Test
    void anAgreedBaseExposesTheGap() {
        try (var g = given(List.of(GAP), actor("ministry", ActorKind.MINISTRY, "gov"),
                claim("denial", "base-x", ClaimKind.OFFICIAL_DENIAL, "ministry"),
                claim("signs", "base-x", ClaimKind.FIELD_INDICATOR, null),
                base("base-x", "us", BaseRole.MONITORING, BaseStatus.AGREED),
                base("near-miss", "us", BaseRole.LOGISTICS, BaseStatus.AGREED))) {
            Risk risk = g.risks("credibility-gap").get(0);
            assertEquals(JudgmentKind.RISK, risk.kind(), "the denial is contradicted: an event by the horizon");
            assertEquals(Likelihood.ALMOST_CERTAIN, risk.likelihood());
            assertEquals(Likelihood.ROUGHLY_EVEN_CHANCE, risk.defaultLikelihood());
            assertEquals(List.of(new Adjustment("field-indicators", 1, List.of("signs")),
                            new Adjustment("base-confirmed", 2, List.of("base-x"))), risk.adjustments(),
                    "raised by the indicators and by the agreed base, and only by them");
            assertEquals(Impact.MAJOR, risk.impact());
            assertEquals(List.of("base-x", "denial", "ministry", "signs"), risk.because());
        }
    }

    @Test
    void aConfirmedMonitoringBaseMakesTheEntanglementFirm() {
        try (var g = given(List.of(ENTANGLEMENT), understanding("deal", List.of("gov", "neighbour"), List.of("us")),
                relation("leads", "us", RelationKind.LEADS, "coalition"),
                base("south", "us", BaseRole.MONITORING, BaseStatus.AGREED),
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
                base("south", "us", BaseRole.MONITORING, BaseStatus.UNDER_NEGOTIATION),
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
                base("south", "us", BaseRole.MONITORING, BaseStatus.CLOSED),
                relation("bid", "gov", RelationKind.SEEKS_MEMBERSHIP, "coalition"))) {
            assertTrue(g.risks().isEmpty());
        }
    }
}
