package org.mizan.inference;

import static org.mizan.inference.TestFacts.*;

import java.util.List;

import org.mizan.dossier.*;

/**
 * The article's situation in miniature, with the canonical ids of the real dossier: enough for every line of
 * analysis to fire together, so chains, grading and order can be checked without the loader.
 */
final class ArticleFacts {

    private ArticleFacts() {
    }

    static List<Fact> all() {
        return List.of(
                actor("coalition", ActorKind.COALITION, null), actor("us", ActorKind.STATE, null),
                actor("sdf", ActorKind.ARMED_FORCE, null), actor("government", ActorKind.GOVERNMENT, null),
                actor("foreign-ministry", ActorKind.MINISTRY, "government"), actor("isis", ActorKind.TERRORIST_GROUP, null),
                actor("israel", ActorKind.STATE, null), actor("sleeper-cells", ActorKind.TERRORIST_GROUP, null),
                support("support-training-arms", "coalition", "sdf", SupportType.TRAINING_AND_ARMS),
                support("support-funding", "coalition", "sdf", SupportType.FUNDING),
                support("support-surveillance", "coalition", "sdf", SupportType.SURVEILLANCE_EQUIPMENT),
                support("support-oil-protection", "coalition", "sdf", SupportType.OILFIELD_PROTECTION),
                support("support-air", "coalition", "sdf", SupportType.AIR_SUPPORT),
                support("support-convoys", "us", "coalition", SupportType.SUPPLY_CONVOYS),
                oilField("oil-rmeilan", "sdf", "coalition"), oilField("oil-omar", "sdf", "coalition"),
                oilField("oil-shaddadi", "sdf", "coalition"), oilField("oil-conoco", "sdf", "coalition"),
                base("base-kobani", "coalition", BaseRole.COMMAND_AND_AIR_OPERATIONS, BaseStatus.ACTIVE),
                base("base-tal-baydar", "coalition", BaseRole.TRAINING_AND_SURVEILLANCE, BaseStatus.ACTIVE),
                base("base-manbij", "coalition", BaseRole.FORWARD_JOINT_OPERATIONS, BaseStatus.ACTIVE),
                base("base-ain-dadat", "coalition", BaseRole.FORWARD_JOINT_OPERATIONS, BaseStatus.ACTIVE),
                base("base-ithriya", "us", BaseRole.LOGISTICS, BaseStatus.ACTIVE),
                base("base-qamishli", "us", BaseRole.INTELLIGENCE_AND_SECURITY, BaseStatus.ACTIVE),
                base("base-raqqa", "us", BaseRole.INTELLIGENCE_AND_SECURITY, BaseStatus.ACTIVE),
                base("base-damascus", "us", BaseRole.SOUTHERN_MONITORING, BaseStatus.UNDER_NEGOTIATION),
                claim("claim-denial", "base-damascus", ClaimKind.OFFICIAL_DENIAL, "foreign-ministry"),
                claim("claim-field", "base-damascus", ClaimKind.FIELD_INDICATOR, null),
                claim("claim-oil-share", "sdf", ClaimKind.RESOURCE_SHARE, null),
                understanding("agreement-understanding", List.of("government", "israel"), List.of("us")),
                goal("goal-security", "government", GoalKind.SECURITY_SUPPORT, "coalition"),
                goal("goal-sanctions", "government", GoalKind.SANCTIONS_RELIEF, "coalition"),
                goal("goal-legitimacy", "government", GoalKind.INTERNATIONAL_LEGITIMACY, "coalition"),
                goal("goal-integration", "government", GoalKind.SDF_INTEGRATION, "coalition"),
                relation("rel-ground", "sdf", RelationKind.GROUND_PARTNER, "coalition"),
                relation("rel-political", "coalition", RelationKind.POLITICAL_PARTNER, "government"),
                relation("rel-membership", "government", RelationKind.SEEKS_MEMBERSHIP, "coalition"),
                relation("rel-leads", "us", RelationKind.LEADS, "coalition"),
                sanctions("sanctions-easing", SanctionsStep.GRADUAL_EASING, List.of("coalition", "sdf")),
                sanctions("sanctions-test", SanctionsStep.EXTENSION_TEST, List.of("coalition")),
                threat("threat-isis", "isis", ThreatStatus.REMNANTS),
                threat("threat-cells", "sleeper-cells", ThreatStatus.SLEEPER_CELLS),
                event("event-mission", EventKind.MISSION_CHANGE, List.of("coalition")),
                plan("plan-joint-operations-rooms", PlanKind.JOINT_OPERATIONS, List.of("us", "government", "sdf")),
                plan("plan-coalition-for-stability", PlanKind.FRAMING, List.of("coalition", "us", "government", "sdf")));
    }
}
