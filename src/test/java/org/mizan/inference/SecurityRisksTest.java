package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.RuleVerifier.dependency;
import static org.mizan.inference.RuleVerifier.given;
import static org.mizan.inference.RuleVerifier.risk;
import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.GoalKind;
import org.mizan.dossier.PlanKind;
import org.mizan.dossier.RelationKind;
import org.mizan.dossier.SupportType;
import org.mizan.dossier.ThreatStatus;

/** rules/risks-security.drl: a terrorist return, an open-ended presence, the supply line, sleeper cells. */
class SecurityRisksTest {

    private static final String RETURN = "Drawdown would open the way for a hostile group's return";
    private static final String OPEN_ENDED = "Open-ended presence while the threat survives";
    private static final String SUPPLY = "Supply line exposed to attack";
    private static final String CELLS = "Sleeper cells strike a government that seeks help against them";

    @Test
    void aDrawdownThatLeavesTheGroundPartnerUnpaidLetsTheRemnantsReturn() {
        try (var g = given(List.of(RETURN), risk("r-unpaid", "drawdown-unpaid-force", "sdf", "coalition"),
                dependency("d-ground", "coalition", "sdf", DependencyKind.GROUND_PARTNER),
                threat("remnants", "isis", ThreatStatus.REMNANTS),
                threat("near-miss", "cells", ThreatStatus.SLEEPER_CELLS))) {
            List<Risk> risks = g.risks("terrorist-return");
            assertEquals(1, risks.size());
            assertEquals("isis", risks.get(0).subject());
            assertEquals(List.of("d-ground", "r-unpaid", "remnants"), risks.get(0).because());
            assertEquals(JudgmentKind.CONTINGENCY, risks.get(0).kind(), "if the patron draws down, then ...");
            assertEquals(Likelihood.LIKELY, risks.get(0).likelihood(), "the rule's default, conditional");
            assertEquals(TriggerStance.NOT_REPORTED, risks.get(0).trigger().stance());
            assertTrue(g.retract("r-unpaid").risks().isEmpty());
        }
    }

    @Test
    void jointOperationsRoomsThatTakeThePartnerInMakeAReturnLessLikely() {
        try (var g = given(List.of(RETURN), risk("r-unpaid", "drawdown-unpaid-force", "sdf", "coalition"),
                dependency("d-ground", "coalition", "sdf", DependencyKind.GROUND_PARTNER),
                threat("remnants", "isis", ThreatStatus.REMNANTS),
                plan("rooms", PlanKind.JOINT_OPERATIONS, List.of("us", "gov", "sdf")),
                plan("near-miss", PlanKind.RECONSTRUCTION, List.of("us", "gov", "sdf")))) {
            Risk risk = g.risks("terrorist-return").get(0);
            assertEquals(Likelihood.ROUGHLY_EVEN_CHANCE, risk.likelihood());
            assertTrue(risk.because().contains("rooms"));
            assertEquals(Likelihood.LIKELY, risk.defaultLikelihood(), "lowered from the default, and named");
            assertEquals(List.of(new Adjustment("joint-operations-rooms", -1, List.of("rooms"))), risk.adjustments());
            g.retract("rooms");
            assertEquals(Likelihood.LIKELY, g.risks("terrorist-return").get(0).likelihood());
        }
    }

    @Test
    void aPlannedDrawdownOfThePatronMakesAReturnMoreLikely() {
        try (var g = given(List.of(RETURN), risk("r-unpaid", "drawdown-unpaid-force", "sdf", "coalition"),
                dependency("d-ground", "coalition", "sdf", DependencyKind.GROUND_PARTNER),
                threat("remnants", "isis", ThreatStatus.REMNANTS),
                plan("drawdown", PlanKind.DRAWDOWN, List.of("coalition")),
                plan("near-miss", PlanKind.DRAWDOWN, List.of("someone-else")))) {
            assertTrue(g.risks("terrorist-return").isEmpty(), "no longer a contingency once the drawdown is planned");
            Risk risk = g.risks("terrorist-return-after-drawdown").get(0);
            assertEquals(JudgmentKind.RISK, risk.kind());
            assertEquals(Likelihood.VERY_LIKELY, risk.likelihood());
            assertEquals(List.of(new Adjustment("drawdown-planned", 1, List.of("drawdown"))), risk.adjustments());
            assertTrue(risk.because().contains("drawdown"));
            assertTrue(!risk.because().contains("near-miss"), "another actor's drawdown does not count");
            g.retract("drawdown");
            assertEquals(Likelihood.LIKELY, g.risks("terrorist-return").get(0).likelihood());
        }
    }

    @Test
    void aForceWithBasesAFootprintAndASurvivingThreatHasNoEnd() {
        try (var g = given(List.of(OPEN_ENDED), relation("leads", "us", RelationKind.LEADS, "coalition"),
                base("hub", "coalition", BaseRole.COMMAND_HUB, BaseStatus.REPORTED),
                dependency("d-hub", "coalition", "hub", DependencyKind.MILITARY_CAPABILITY),
                dependency("near-miss", "coalition", "gov", DependencyKind.LEGAL_COVER),
                threat("remnants", "isis", ThreatStatus.REMNANTS))) {
            List<Risk> risks = g.risks("open-ended-presence");
            assertEquals(1, risks.size());
            assertEquals(List.of("d-hub", "leads", "remnants"), risks.get(0).because(), "the bases only gate the rule");
            assertEquals(JudgmentKind.VULNERABILITY, risks.get(0).kind(), "a condition of the presence, no likelihood");
            assertEquals(null, risks.get(0).likelihood());
            assertEquals(Strength.STRONG, risks.get(0).strength());
            assertEquals(List.of("leads", "remnants"), risks.get(0).context(),
                    "the threat and the leadership are the rule's context, not evidence of the condition");
            assertTrue(g.retract("remnants").risks().isEmpty(), "with no threat left the mission has an end");
        }
    }

    @Test
    void aLongTermFrameworkForTheCoalitionMakesAnOpenEndedPresenceFirmer() {
        try (var g = given(List.of(OPEN_ENDED), relation("leads", "us", RelationKind.LEADS, "coalition"),
                base("hub", "coalition", BaseRole.COMMAND_HUB, BaseStatus.REPORTED),
                dependency("d-hub", "coalition", "hub", DependencyKind.MILITARY_CAPABILITY),
                threat("remnants", "isis", ThreatStatus.REMNANTS),
                plan("stability", PlanKind.LONG_TERM_FRAMEWORK, List.of("coalition", "gov")),
                plan("near-miss", PlanKind.LONG_TERM_FRAMEWORK, List.of("us", "gov")))) {
            Risk risk = g.risks("open-ended-presence").get(0);
            assertEquals(Strength.CRITICAL, risk.strength());
            assertTrue(risk.because().contains("stability") && !risk.because().contains("near-miss"));
        }
    }

    @Test
    void aPlannedDrawdownGivesThePresenceAnEnd() {
        try (var g = given(List.of(OPEN_ENDED), relation("leads", "us", RelationKind.LEADS, "coalition"),
                base("hub", "coalition", BaseRole.COMMAND_HUB, BaseStatus.REPORTED),
                dependency("d-hub", "coalition", "hub", DependencyKind.MILITARY_CAPABILITY),
                threat("remnants", "isis", ThreatStatus.REMNANTS),
                plan("drawdown", PlanKind.WITHDRAWAL, List.of("coalition")))) {
            assertTrue(g.risks().isEmpty(), "a withdrawal is a drawdown");
            assertEquals(1, g.retract("drawdown").risks().size());
        }
    }

    @Test
    void aForceThatKeepsNoBasesIsNoPresence() {
        try (var g = given(List.of(OPEN_ENDED), relation("leads", "ypg", RelationKind.LEADS, "sdf"),
                dependency("d-arms", "sdf", "patron", DependencyKind.MILITARY_CAPABILITY),
                threat("remnants", "isis", ThreatStatus.REMNANTS))) {
            assertTrue(g.risks().isEmpty());
        }
    }

    @Test
    void convoysTheCoalitionDependsOnAreExposedWhileHostileGroupsRemain() {
        try (var g = given(List.of(SUPPLY), support("convoys", "us", "coalition", SupportType.LOGISTICS),
                dependency("d-convoys", "coalition", "us", DependencyKind.LOGISTICS),
                dependency("near-miss", "coalition", "depot", DependencyKind.LOGISTICS),
                threat("remnants", "isis", ThreatStatus.REMNANTS),
                threat("far-away", "cells", ThreatStatus.SLEEPER_CELLS))) {
            List<Risk> risks = g.risks("supply-line-vulnerable");
            assertEquals(1, risks.size());
            assertEquals(List.of("convoys", "d-convoys", "remnants"), risks.get(0).because(),
                    "sleeper cells near the capital are not a threat to the convoy routes");
            assertEquals(JudgmentKind.RISK, risks.get(0).kind());
            assertTrue(g.retract("d-convoys").risks().isEmpty());
        }
    }

    @Test
    void sleeperCellsTestAGovernmentThatLeansOnOutsideSecurityHelp() {
        try (var g = given(List.of(CELLS), threat("cells", "sleeper-cells", ThreatStatus.SLEEPER_CELLS),
                goal("g1", "gov", GoalKind.SECURITY_SUPPORT, "coalition"),
                threat("near-miss", "isis", ThreatStatus.REMNANTS))) {
            List<Risk> risks = g.risks("sleeper-cell-attacks");
            assertEquals(1, risks.size());
            assertEquals("sleeper-cells", risks.get(0).subject());
            assertEquals("gov", risks.get(0).object());
            assertTrue(g.retract("cells").risks().isEmpty());
        }
    }
}
