package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.ActorKind;
import org.mizan.dossier.Agreement;
import org.mizan.dossier.AgreementKind;
import org.mizan.dossier.AgreementStatus;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.ClaimKind;
import org.mizan.dossier.RelationKind;
import org.mizan.dossier.SanctionsMeasure;
import org.mizan.dossier.SanctionsStep;
import org.mizan.dossier.Term;
import org.mizan.dossier.ThreatStatus;

/**
 * rules/basing.drl, rules/sanctions-exposure.drl and rules/dependencies-leadership.drl: a host trading basing access
 * for arms, a party exposed to a third state's sanctions over its dealings with that state's adversary, and a
 * government led by a force at war. Each test inserts a few facts and a near miss.
 */
class BasingAndSanctionsRulesTest {

    private static final String CONSENT = "Prospective basing rests on the host's consent";
    private static final String FOR_ARMS = "Basing access traded for arms in wartime";
    private static final String EXPOSED = "Dealing with a sanctioning state's adversary";
    private static final String FOLLOWS = "Threatened sanctions would follow a concluded deal";
    private static final String LED = "Government led by a force at war";

    @Test
    void aPowerWhoseBaseIsOnlyAgreedDependsOnTheHostForLegalCover() {
        try (var g = given(List.of(CONSENT),
                agreement("deal-2020", AgreementKind.BASING_AGREEMENT, AgreementStatus.AGREED, "power", "host"),
                agreement("offer", AgreementKind.BASING_AGREEMENT, AgreementStatus.PROPOSED, "host", "power"),
                base("point", "power", BaseRole.NAVAL_BASE, BaseStatus.AGREED),
                base("coast", "power", BaseRole.NAVAL_BASE, BaseStatus.OFFERED),
                // Near miss: a base in force with another host needs no consent it has not given.
                agreement("old-deal", AgreementKind.BASING_AGREEMENT, AgreementStatus.IN_FORCE, "power", "ally"),
                base("old-base", "power", BaseRole.NAVAL_BASE, BaseStatus.ACTIVE))) {
            List<Dependency> ties = g.dependencies();
            assertEquals(1, ties.size(), "one tie per power and host, however many deals and bases: " + ties);
            Dependency tie = ties.get(0);
            assertEquals("power", tie.dependent());
            assertEquals("host", tie.provider());
            assertEquals(DependencyKind.LEGAL_COVER, tie.kind());
            assertEquals(List.of("coast", "deal-2020", "offer", "point"), tie.because());
            assertTrue(g.retract("point").retract("coast").dependencies().isEmpty(),
                    "without a prospective base there is nothing the host's consent holds up");
        }
    }

    @Test
    void anOfferOfABaseForArmsToAForceAtWarIsAContingencyOnTheBargain() {
        try (var g = given(List.of(FOR_ARMS),
                actor("army", ActorKind.ARMED_FORCE, null),
                agreement("offer", AgreementKind.BASING_AGREEMENT, AgreementStatus.PROPOSED, "host", "power"),
                base("coast", "power", BaseRole.NAVAL_BASE, BaseStatus.OFFERED),
                agreement("arms", AgreementKind.ARMS_DEAL, AgreementStatus.PROPOSED, "power", "army"),
                relation("leads", "army", RelationKind.LEADS, "host"),
                relation("war", "rebels", RelationKind.OPPOSES, "army"),
                threat("rebels-fight", "rebels", ThreatStatus.ACTIVE),
                claim("denial", "coast", ClaimKind.OFFICIAL_DENIAL, "power"),
                claim("near-miss", "elsewhere", ClaimKind.OFFICIAL_DENIAL, "power"))) {
            List<Risk> bargains = g.risks("basing-for-arms");
            assertEquals(1, bargains.size());
            Risk bargain = bargains.get(0);
            assertEquals(JudgmentKind.CONTINGENCY, bargain.kind());
            assertEquals("army", bargain.subject());
            assertEquals("power", bargain.object());
            assertEquals(Likelihood.LIKELY, bargain.likelihood(), "conditional on the bargain being concluded");
            assertEquals(List.of("arms", "offer"), bargain.trigger().supporting());
            assertEquals(List.of("denial"), bargain.trigger().opposing(), "only the denial of this base");
            assertTrue(g.retract("rebels-fight").risks().isEmpty(), "no war, no wartime bargain");
        }
    }

    @Test
    void armsForAForceThatNeitherIsNorLeadsTheHostAreNoBasingBargain() {
        try (var g = given(List.of(FOR_ARMS),
                actor("militia", ActorKind.NON_STATE_ARMED_GROUP, null),
                agreement("offer", AgreementKind.BASING_AGREEMENT, AgreementStatus.PROPOSED, "host", "power"),
                base("coast", "power", BaseRole.NAVAL_BASE, BaseStatus.OFFERED),
                agreement("arms", AgreementKind.ARMS_DEAL, AgreementStatus.PROPOSED, "power", "militia"),
                relation("war", "rebels", RelationKind.OPPOSES, "militia"),
                threat("rebels-fight", "rebels", ThreatStatus.ACTIVE))) {
            assertTrue(g.risks().isEmpty());
        }
    }

    @Test
    void dealingWithASanctioningStatesAdversaryExposesTheParty() {
        try (var g = given(List.of(EXPOSED),
                sanctions("warning", SanctionsStep.THREATENED, "third", "adversary"),
                agreement("offer", AgreementKind.BASING_AGREEMENT, AgreementStatus.PROPOSED, "side", "adversary"),
                agreement("arms", AgreementKind.ARMS_DEAL, AgreementStatus.PROPOSED, "adversary", "force"),
                agreement("signed", AgreementKind.BASING_AGREEMENT, AgreementStatus.AGREED, "adversary", "force"),
                // Near miss: a lapsed deal exposes nobody.
                agreement("lapsed", AgreementKind.ARMS_DEAL, AgreementStatus.LAPSED, "adversary", "bystander"))) {
            List<Risk> exposures = g.risks("third-party-sanctions-exposure");
            assertEquals(List.of("force", "side"), exposures.stream().map(Risk::subject).sorted().toList());
            Risk side = exposures.stream().filter(r -> r.subject().equals("side")).findFirst().orElseThrow();
            assertEquals(JudgmentKind.VULNERABILITY, side.kind());
            assertEquals("third", side.object());
            assertNull(side.likelihood(), "a condition: no likelihood");
            assertEquals(Strength.MODERATE, side.strength(), "an offer only");
            Risk force = exposures.stream().filter(r -> r.subject().equals("force")).findFirst().orElseThrow();
            assertEquals(Strength.STRONG, force.strength(), "a signed deal binds");
            assertEquals(List.of("arms", "signed", "warning"), force.because());
        }
    }

    @Test
    void sanctionsRelievedOrAimedAtSomeoneElseExposeNobody() {
        try (var g = given(List.of(EXPOSED),
                sanctions("relief", SanctionsStep.EASED, "third", "adversary"),
                sanctions("elsewhere", SanctionsStep.IMPOSED, "third", "other-state"),
                agreement("offer", AgreementKind.BASING_AGREEMENT, AgreementStatus.PROPOSED, "side", "adversary"))) {
            assertTrue(g.risks().isEmpty());
        }
    }

    @Test
    void aThreatOverAPendingDealIsAContingencyOnTheDeal() {
        try (var g = given(List.of(EXPOSED, FOLLOWS),
                sanctions("warning", SanctionsStep.THREATENED, "third", "adversary"),
                agreement("offer", AgreementKind.BASING_AGREEMENT, AgreementStatus.PROPOSED, "side", "adversary"),
                base("coast", "adversary", BaseRole.NAVAL_BASE, BaseStatus.OFFERED),
                claim("denial", "coast", ClaimKind.OFFICIAL_DENIAL, "adversary"))) {
            Risk contingency = g.risks("sanctions-on-concluded-deal").get(0);
            assertEquals(JudgmentKind.CONTINGENCY, contingency.kind());
            assertEquals("side", contingency.subject());
            assertEquals("third", contingency.object());
            assertEquals(Likelihood.ROUGHLY_EVEN_CHANCE, contingency.likelihood());
            assertEquals(List.of("offer"), contingency.trigger().supporting());
            assertEquals(List.of("denial"), contingency.trigger().opposing());
        }
    }

    @Test
    void sanctionsAlreadyImposedAreNoLongerAContingency() {
        try (var g = given(List.of(EXPOSED, FOLLOWS),
                sanctions("designation", SanctionsStep.IMPOSED, "third", "adversary"),
                agreement("offer", AgreementKind.BASING_AGREEMENT, AgreementStatus.PROPOSED, "side", "adversary"))) {
            assertEquals(1, g.risks("third-party-sanctions-exposure").size());
            assertTrue(g.risks("sanctions-on-concluded-deal").isEmpty());
        }
    }

    @Test
    void aGovernmentLedByAForceAtWarRestsOnThatForce() {
        try (var g = given(List.of(LED),
                actor("army", ActorKind.ARMED_FORCE, null),
                actor("gov", ActorKind.GOVERNMENT, null),
                relation("leads", "army", RelationKind.LEADS, "gov"),
                relation("war", "rebels", RelationKind.OPPOSES, "army"),
                threat("rebels-fight", "rebels", ThreatStatus.ACTIVE),
                // Near miss: a coalition led by a state is no government led by a force.
                actor("club", ActorKind.MILITARY_COALITION, null),
                relation("leads-club", "army", RelationKind.LEADS, "club"))) {
            List<Dependency> ties = g.dependencies();
            assertEquals(1, ties.size());
            assertEquals("gov", ties.get(0).dependent());
            assertEquals("army", ties.get(0).provider());
            assertEquals(DependencyKind.MILITARY_CAPABILITY, ties.get(0).kind());
            assertEquals(Strength.CRITICAL, ties.get(0).strength());
            assertEquals(List.of("army", "gov", "leads", "rebels-fight", "war"), ties.get(0).because());
            assertTrue(g.retract("rebels-fight").dependencies().isEmpty(), "once the fighting ends, no tie");
        }
    }

    private static Agreement agreement(String id, AgreementKind kind, AgreementStatus status, String... parties) {
        return new Agreement(id, text(id), Term.of(kind), List.of(parties), List.of(), List.of(), List.of(CITED),
                List.of(), Term.of(status), null);
    }

    private static SanctionsMeasure sanctions(String id, SanctionsStep step, String by, String target) {
        return new SanctionsMeasure(id, text(id), Term.of(step), text("anywhere"), List.of(), List.of(CITED),
                List.of(), by, target, null);
    }
}
