package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.AgreementKind;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.GoalKind;
import org.mizan.dossier.SanctionsStep;
import org.mizan.dossier.SupportType;
import org.mizan.dossier.Term;

/**
 * rules/dependencies-support.drl: dependence from support a source reports given, kind by kind; never from what an
 * actor only seeks.
 */
class DependenciesFromSupportTest {

    private static final String PAID = "Recipient paid by its provider";
    private static final String ARMED = "Recipient armed by its provider";
    private static final String AIR = "Recipient fights under its provider's air cover";
    private static final String WATCH = "Recipient watches its areas with its provider's intelligence";
    private static final String SUPPLIED = "Presence supplied by another";
    private static final String GUARDED = "Self-financing rests on protected resources";
    private static final String PROTECTED = "Recipient protected by its provider";
    private static final String AID = "Recipient supplied with aid";
    private static final String BACKED = "Standing borrowed from a backer";
    private static final String BROKER = "Party relies on the broker of its track";
    private static final String MEDIATOR = "Recipient relies on its mediator";
    private static final String RELIEF = "Sanctions relief held at the grantor's discretion";
    private static final List<String> ALL = List.of(PAID, ARMED, AIR, WATCH, SUPPLIED, GUARDED, PROTECTED, AID, BACKED,
            BROKER, MEDIATOR, RELIEF);

    @Test
    void aForcePaidByItsPatronDependsOnItCriticallyUnlessItHasAPurseOfItsOwn() {
        try (var g = given(List.of(PAID), support("pay", "patron", "force", SupportType.FUNDING),
                oilField("field", "force", "patron"), oilField("near-miss", "stranger", "patron"))) {
            Dependency d = g.dependencies().get(0);
            assertEquals(List.of("force", "patron", DependencyKind.FINANCIAL, Strength.STRONG),
                    List.of(d.dependent(), d.provider(), d.kind(), d.strength()));
            assertEquals(List.of("field", "pay"), d.because());
            g.retract("field");
            assertEquals(Strength.CRITICAL, g.dependencies().get(0).strength(), "no resource of its own: critical");
            assertTrue(g.retract("pay").dependencies().isEmpty());
        }
    }

    @Test
    void eachKindOfMilitarySupportGivesItsOwnDependency() {
        try (var g = given(List.of(ARMED, AIR, WATCH),
                support("arms", "patron", "force", SupportType.ARMS_AND_TRAINING),
                support("air", "patron", "force", SupportType.AIR_SUPPORT),
                support("kit", "patron", "force", SupportType.INTELLIGENCE_AND_SURVEILLANCE),
                support("near-miss", "patron", "force", SupportType.FUNDING))) {
            assertEquals(List.of(DependencyKind.INTELLIGENCE_SURVEILLANCE + "/" + Strength.MODERATE,
                            DependencyKind.MILITARY_CAPABILITY + "/" + Strength.CRITICAL,
                            DependencyKind.MILITARY_CAPABILITY + "/" + Strength.STRONG),
                    g.dependencies().stream().map(d -> d.kind() + "/" + d.strength()).sorted().toList());
            g.retract("air");
            assertEquals(2, g.dependencies().size());
        }
    }

    @Test
    void airDefenceGivenIsAStrongTieAndArmsBoughtAModerateOne() {
        try (var g = given(List.of(ARMED), support("s300", "power", "host", SupportType.AIR_DEFENCE),
                support("jets", "power", "buyer", SupportType.ARMS_SALE))) {
            assertEquals(List.of("buyer/MODERATE", "host/STRONG"),
                    g.dependencies().stream().map(d -> d.dependent() + "/" + d.strength()).sorted().toList());
        }
    }

    @Test
    void aDossierTermBeneathAShippedKindMatchesAsTheShippedKind() {
        // "surveillance_equipment", declared by a dossier beneath intelligence_and_surveillance.
        var kit = new org.mizan.dossier.Support("kit", "patron", "force",
                new Term<>("surveillance_equipment", SupportType.INTELLIGENCE_AND_SURVEILLANCE, List.of(),
                        text("surveillance equipment")), text("kit"), List.of(CITED), List.of());
        try (var g = given(List.of(WATCH), kit)) {
            assertEquals(DependencyKind.INTELLIGENCE_SURVEILLANCE, g.dependencies().get(0).kind());
        }
    }

    @Test
    void supplyRunByAnotherIsCriticalOnceBasesLiveOffIt() {
        try (var g = given(List.of(SUPPLIED), support("convoys", "us", "force", SupportType.LOGISTICS),
                base("b1", "force", BaseRole.COMMAND_HUB, BaseStatus.ACTIVE),
                base("near-miss", "force", BaseRole.LOGISTICS, BaseStatus.UNDER_NEGOTIATION))) {
            Dependency d = g.dependencies().get(0);
            assertEquals(List.of("force", "us", DependencyKind.LOGISTICS, Strength.CRITICAL),
                    List.of(d.dependent(), d.provider(), d.kind(), d.strength()));
            assertEquals(List.of("b1", "convoys"), d.because());
            assertEquals(Strength.STRONG, g.retract("b1").dependencies().get(0).strength());
        }
    }

    @Test
    void selfFinancingRestsOnTheGuardOfItsResourcesCriticallyFromThree() {
        try (var g = given(List.of(GUARDED, PROTECTED), support("guard", "patron", "force", SupportType.PROTECTION),
                oilField("f1", "force", "patron"), oilField("f2", "force", "patron"),
                oilField("f3", "force", "patron"), oilField("near-miss", "force", "someone-else"))) {
            Dependency d = g.dependencies().get(0);
            assertEquals(DependencyKind.REVENUE_SECURITY, d.kind());
            assertEquals(Strength.CRITICAL, d.strength());
            assertEquals(List.of("f1", "f2", "f3", "guard"), d.because());
            g.retract("f3");
            assertEquals(Strength.STRONG, g.dependencies().get(0).strength());
            g.retract("f1").retract("f2");
            assertEquals(List.of(DependencyKind.PROTECTION), g.dependencies().stream().map(Dependency::kind).toList(),
                    "protection with no guarded resource is a protection tie");
        }
    }

    @Test
    void anEscortIsProtection() {
        try (var g = given(List.of(PROTECTED), support("escort", "navy", "tankers", SupportType.ESCORT))) {
            assertEquals(DependencyKind.PROTECTION, g.dependencies().get(0).kind());
        }
    }

    @Test
    void aidBackingAndMediationGiveTheirOwnTies() {
        try (var g = given(List.of(AID, BACKED, MEDIATOR), support("fuel", "donor", "city", SupportType.AID),
                support("vote", "power", "gov", SupportType.DIPLOMATIC_BACKING),
                support("talks", "broker", "gov", SupportType.MEDIATION))) {
            assertEquals(List.of("city/donor/AID/STRONG", "gov/broker/MEDIATION/MODERATE",
                            "gov/power/LEGITIMACY/MODERATE"),
                    g.dependencies().stream().map(d -> d.dependent() + "/" + d.provider() + "/" + d.kind() + "/"
                            + d.strength()).sorted().toList());
        }
    }

    @Test
    void thePartiesToASponsoredTrackRelyOnItsSponsorButNotOnEachOther() {
        try (var g = given(List.of(BROKER), understanding("track", List.of("gov", "force"), List.of("sponsor")),
                new org.mizan.dossier.Agreement("declaration", text("d"), AgreementKind.POLITICAL_DECLARATION,
                        List.of("gov"), List.of("club"), List.of(), CITED))) {
            assertEquals(List.of("force->sponsor", "gov->sponsor"), g.dependencies().stream()
                    .map(d -> d.dependent() + "->" + d.provider()).sorted().toList());
            assertTrue(g.dependencies().stream().allMatch(d -> d.kind() == DependencyKind.MEDIATION));
        }
    }

    @Test
    void reliefAStateGrantsMakesItsTargetDependOnItButAThreatDoesNot() {
        try (var g = given(List.of(RELIEF), sanctionsBy("suspension", SanctionsStep.SUSPENDED, "us", "gov"),
                sanctionsBy("near-miss", SanctionsStep.THREATENED, "us", "other"),
                sanctionsBy("unnamed", SanctionsStep.EASED, "us", null))) {
            Dependency d = g.dependencies().get(0);
            assertEquals(1, g.dependencies().size());
            assertEquals(List.of("gov", "us", DependencyKind.SANCTIONS_RELIEF), List.of(d.dependent(), d.provider(), d.kind()));
        }
    }

    @Test
    void whatAnActorOnlySeeksGivesNoDependency() {
        try (var g = given(ALL, goal("g1", "gov", GoalKind.SECURITY_SUPPORT, "coalition"),
                goal("g2", "gov", GoalKind.SANCTIONS_RELIEF, "us"),
                goal("g3", "gov", GoalKind.INTERNATIONAL_LEGITIMACY, "coalition"),
                goal("g4", "gov", GoalKind.FORCE_INTEGRATION, "force"),
                threat("remnants", "enemy", org.mizan.dossier.ThreatStatus.REMNANTS))) {
            assertTrue(g.dependencies().isEmpty(), "a goal is an aim, not support given: " + g.dependencies());
        }
    }
}
