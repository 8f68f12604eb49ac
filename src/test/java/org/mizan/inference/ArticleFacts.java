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
                actor("coalition", ActorKind.MILITARY_COALITION, null), actor("us", ActorKind.STATE, null),
                actor("global-coalition", ActorKind.POLITICAL_COALITION, null),
                actor("sdf", ActorKind.NON_STATE_ARMED_GROUP, null), actor("government", ActorKind.GOVERNMENT, null),
                actor("foreign-ministry", ActorKind.MINISTRY, "government"), actor("isis", ActorKind.TERRORIST_GROUP, null),
                actor("israel", ActorKind.STATE, null), actor("sleeper-cells", ActorKind.TERRORIST_GROUP, null),
                support("support-training-arms", "coalition", "sdf", SupportType.ARMS_AND_TRAINING),
                support("support-funding", "coalition", "sdf", SupportType.FUNDING),
                support("support-surveillance", "coalition", "sdf", SupportType.INTELLIGENCE_AND_SURVEILLANCE),
                support("support-oil-protection", "coalition", "sdf", SupportType.PROTECTION),
                support("support-air", "coalition", "sdf", SupportType.AIR_SUPPORT),
                support("support-convoys", "us", "coalition", SupportType.LOGISTICS),
                oilField("oil-rmeilan", "sdf", "coalition"), oilField("oil-omar", "sdf", "coalition"),
                oilField("oil-shaddadi", "sdf", "coalition"), oilField("oil-conoco", "sdf", "coalition"),
                base("base-kobani", "coalition", BaseRole.COMMAND_HUB, BaseStatus.ACTIVE),
                base("base-tal-baydar", "coalition", BaseRole.TRAINING, BaseStatus.ACTIVE),
                base("base-manbij", "coalition", BaseRole.FORWARD_OPERATIONS, BaseStatus.ACTIVE),
                base("base-ain-dadat", "coalition", BaseRole.FORWARD_OPERATIONS, BaseStatus.ACTIVE),
                base("base-ithriya", "us", BaseRole.LOGISTICS, BaseStatus.ACTIVE),
                base("base-qamishli", "us", BaseRole.INTELLIGENCE_AND_SURVEILLANCE, BaseStatus.ACTIVE),
                base("base-raqqa", "us", BaseRole.INTELLIGENCE_AND_SURVEILLANCE, BaseStatus.ACTIVE),
                base("base-damascus", "us", BaseRole.MONITORING, BaseStatus.UNDER_NEGOTIATION),
                claim("claim-denial", "base-damascus", ClaimKind.OFFICIAL_DENIAL, "foreign-ministry"),
                claim("claim-field", "base-damascus", ClaimKind.FIELD_INDICATOR, null),
                claim("claim-oil-share", "sdf", ClaimKind.RESOURCE_SHARE, null),
                understanding("agreement-understanding", List.of("government", "israel"), List.of("us")),
                goal("goal-security", "government", GoalKind.SECURITY_SUPPORT, "global-coalition"),
                goal("goal-sanctions", "government", GoalKind.SANCTIONS_RELIEF, "us"),
                goal("goal-legitimacy", "government", GoalKind.INTERNATIONAL_LEGITIMACY, "global-coalition"),
                goal("goal-integration", "government", GoalKind.FORCE_INTEGRATION, "sdf"),
                relation("rel-ground", "sdf", RelationKind.GROUND_PARTNER, "coalition"),
                relation("rel-political", "coalition", RelationKind.POLITICAL_PARTNER, "government"),
                relation("rel-membership", "government", RelationKind.SEEKS_MEMBERSHIP, "global-coalition"),
                relation("rel-leads", "us", RelationKind.LEADS, "coalition"),
                relation("rel-leads-global", "us", RelationKind.LEADS, "global-coalition"),
                sanctions("sanctions-easing", SanctionsStep.EASED, List.of()),
                sanctionsBy("sanctions-suspension", SanctionsStep.SUSPENDED, "us", "government"),
                threat("threat-isis", "isis", ThreatStatus.REMNANTS),
                threat("threat-cells", "sleeper-cells", ThreatStatus.SLEEPER_CELLS),
                event("event-mission", EventKind.ANNOUNCEMENT, List.of("coalition")),
                plan("plan-joint-operations-rooms", PlanKind.JOINT_OPERATIONS, List.of("us", "government", "sdf")),
                plan("plan-coalition-for-stability", PlanKind.LONG_TERM_FRAMEWORK, List.of("coalition", "us", "government", "sdf")));
    }
}
