package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 3's coverage list, item by item, so that no fact of the article can silently disappear from facts/. */
class CoverageTest {

    private static Dossier dossier;

    @BeforeAll
    static void load() {
        dossier = DossierLoader.load(ProjectFiles.factsDir());
    }

    private static final Map<FactType, List<String>> EXPECTED = Map.ofEntries(
            Map.entry(FactType.ACTORS, List.of("coalition", "us", "france", "isis", "ypg", "sdf", "government",
                    "foreign-ministry", "israel", "sleeper-cells")),
            Map.entry(FactType.SUPPORT, List.of("support-training-arms", "support-funding", "support-surveillance",
                    "support-oil-protection", "support-air", "support-air-kobani", "support-convoys")),
            Map.entry(FactType.RESOURCES, List.of("oil-rmeilan", "oil-omar", "oil-shaddadi", "oil-conoco")),
            Map.entry(FactType.BASES, List.of("base-kobani", "base-tal-baydar", "base-manbij", "base-ain-dadat",
                    "base-ithriya", "base-qamishli", "base-raqqa", "base-damascus")),
            Map.entry(FactType.GOALS, List.of("goal-security", "goal-sanctions", "goal-legitimacy", "goal-integration")),
            Map.entry(FactType.RELATIONS, List.of("relation-us-leads-coalition", "relation-us-member-of-coalition",
                    "relation-france-member-of-coalition", "relation-ypg-component-of-sdf", "relation-ypg-leads-sdf",
                    "relation-sdf-ground-partner-of-coalition", "relation-us-advises-sdf",
                    "relation-france-advises-sdf", "relation-us-channel-sdf", "relation-us-channel-government",
                    "relation-government-seeks-membership", "relation-coalition-political-partner-government")),
            Map.entry(FactType.CLAIMS, List.of("claim-sdf-local-arm", "claim-coalition-political-turn",
                    "claim-damascus-base-denial", "claim-damascus-base-field-indicators",
                    "claim-damascus-base-purpose", "claim-oil-share", "claim-war-economy",
                    "claim-membership-approaching")),
            Map.entry(FactType.AGREEMENTS, List.of("agreement-eastern-security-track",
                    "agreement-damascus-israel-understanding")),
            Map.entry(FactType.SANCTIONS, List.of("sanctions-northeast-easing", "sanctions-extension-test")),
            Map.entry(FactType.EVENTS, List.of("event-coalition-formed", "event-first-strikes", "event-kobani-siege",
                    "event-kobani-liberated", "event-sdf-formed", "event-raqqa", "event-deir-ez-zor-campaign",
                    "event-baghouz", "event-mission-redefined", "event-damascus-countryside-airdrops",
                    "event-damascus-base-talks")),
            Map.entry(FactType.PLANS, List.of("plan-us-restructuring", "plan-joint-operations-rooms",
                    "plan-truce-border-oversight", "plan-reconstruction-aid", "plan-coalition-for-stability")),
            Map.entry(FactType.THREATS, List.of("threat-isis-remnants", "threat-sleeper-cells-damascus")));

    @Test
    void every_listed_fact_is_present_with_its_type() {
        List<String> wrong = new ArrayList<>();
        EXPECTED.forEach((type, ids) -> ids.forEach(id -> {
            Optional<Fact> fact = dossier.fact(id);
            if (fact.isEmpty() || !type.recordType().isInstance(fact.get())) {
                wrong.add(type.key() + ": " + id + (fact.isEmpty() ? " is missing" : " has the wrong type"));
            }
        }));
        assertEquals(List.of(), wrong);
    }

    @Test
    void support_to_the_sdf_covers_the_five_kinds_the_article_names() {
        List<String> toSdf = dossier.facts(Support.class).stream()
                .filter(s -> s.provider().equals("coalition") && s.recipient().equals("sdf"))
                .map(s -> s.type().name()).toList();
        assertTrue(toSdf.containsAll(List.of("arms_and_training", "funding", "surveillance_equipment",
                "oilfield_protection", "air_support")), "" + toSdf);
        Support convoys = fact("support-convoys", Support.class);
        assertEquals(List.of("us", "coalition", "supply_convoys", SupportType.LOGISTICS),
                List.of(convoys.provider(), convoys.recipient(), convoys.type().name(), convoys.type().concept()));
    }

    @Test
    void each_base_has_the_role_the_article_gives_and_is_reported_not_active() {
        // The article's roles are the dossier's own kinds (facts/kinds.json) beneath the shipped ones.
        Map<String, BaseRole> roles = Map.of("base-kobani", BaseRole.COMMAND_HUB,
                "base-tal-baydar", BaseRole.TRAINING, "base-manbij", BaseRole.FORWARD_OPERATIONS,
                "base-ain-dadat", BaseRole.FORWARD_OPERATIONS, "base-ithriya", BaseRole.LOGISTICS,
                "base-qamishli", BaseRole.INTELLIGENCE_AND_SURVEILLANCE, "base-raqqa", BaseRole.INTELLIGENCE_AND_SURVEILLANCE,
                "base-damascus", BaseRole.MONITORING);
        roles.forEach((id, role) -> assertEquals(role, fact(id, Base.class).role().concept(), id));
        assertEquals("southern_monitoring", fact("base-damascus", Base.class).role().name());
        dossier.facts(Base.class).stream().filter(b -> !b.id().equals("base-damascus"))
                .forEach(b -> assertEquals(BaseStatus.REPORTED, b.status().concept(), b.id()
                        + ": the article says only that it was established"));
    }

    @Test
    void the_oil_fields_are_controlled_by_the_sdf_and_protected_by_the_coalition() {
        for (Resource field : dossier.facts(Resource.class)) {
            assertEquals(List.of(ResourceKind.OIL_FIELD, "sdf", "coalition"),
                    List.of(field.kind().concept(), field.controller(), field.protector()), field.id());
        }
        assertEquals(ClaimKind.RESOURCE_SHARE, fact("claim-oil-share", Claim.class).kind().concept());
    }

    @Test
    void the_governments_four_goals_name_whom_it_seeks_them_from() {
        // Security and standing from the Global Coalition it joined; sanctions relief from the state that holds the
        // sanctions; integration from the SDF itself. None names the military coalition, which Syria is not part of.
        Map<GoalKind, String> from = new java.util.LinkedHashMap<>();
        dossier.facts(Goal.class).stream().filter(g -> g.actor().equals("government"))
                .forEach(g -> from.put(g.kind().concept(), g.target()));
        assertEquals(Map.of(GoalKind.SECURITY_SUPPORT, "global-coalition", GoalKind.SANCTIONS_RELIEF, "us",
                GoalKind.INTERNATIONAL_LEGITIMACY, "global-coalition", GoalKind.FORCE_INTEGRATION, "sdf"), from);
    }

    @Test
    void the_sanctions_steps_and_political_tracks_have_their_parties() {
        SanctionsMeasure easing = fact("sanctions-northeast-easing", SanctionsMeasure.class);
        SanctionsMeasure test = fact("sanctions-extension-test", SanctionsMeasure.class);
        Agreement track = fact("agreement-eastern-security-track", Agreement.class);
        Agreement understanding = fact("agreement-damascus-israel-understanding", Agreement.class);
        assertAll(
                () -> assertEquals(SanctionsStep.EASED, easing.step().concept()),
                // The article names no condition: the government's aim of relief through the partnership is a goal.
                () -> assertEquals(List.of(), easing.conditionalOn()),
                () -> assertEquals(SanctionsStep.EASED, test.step().concept()),
                () -> assertEquals(List.of(), test.conditionalOn()),
                () -> assertEquals(List.of(AgreementKind.SECURITY_ARRANGEMENT, List.of("government", "sdf"), List.of("us", "france")),
                        List.of(track.kind().concept(), track.parties(), track.sponsors())),
                () -> assertEquals(2, track.topics().size()),
                () -> assertEquals(List.of(AgreementKind.UNDERSTANDING, List.of("government", "israel"), List.of("us")),
                        List.of(understanding.kind().concept(), understanding.parties(), understanding.sponsors())));
    }

    @Test
    void the_timeline_has_the_articles_dates() {
        Map<String, String> dates = Map.of("event-coalition-formed", "2014-09", "event-kobani-siege", "2014",
                "event-kobani-liberated", "2015-01", "event-sdf-formed", "2015-10", "event-raqqa", "2017",
                "event-baghouz", "2019-03", "event-damascus-countryside-airdrops", "2024",
                "event-damascus-base-talks", "2025-08");
        dates.forEach((id, date) -> assertEquals(date, fact(id, Event.class).date(), id));
        assertTrue(fact("event-mission-redefined", Event.class).kind().isA(EventKind.ANNOUNCEMENT));
        dossier.facts(Plan.class).forEach(p -> assertEquals("2025-12", p.horizon(), p.id()));
    }

    @Test
    void the_relations_the_rules_reason_on_point_the_right_way() {
        assertRelation("relation-us-leads-coalition", "us", RelationKind.LEADS, "coalition");
        assertRelation("relation-ypg-component-of-sdf", "ypg", RelationKind.COMPONENT_OF, "sdf");
        assertRelation("relation-sdf-ground-partner-of-coalition", "sdf", RelationKind.GROUND_PARTNER, "coalition");
        // Syria sought, and then joined, the political Global Coalition, not the military campaign.
        assertRelation("relation-government-seeks-membership", "government", RelationKind.SEEKS_MEMBERSHIP,
                "global-coalition");
        assertRelation("relation-government-member-of-coalition", "government", RelationKind.MEMBER_OF,
                "global-coalition");
        assertRelation("relation-coalition-political-partner-government", "coalition", RelationKind.POLITICAL_PARTNER,
                "government");
    }

    private static void assertRelation(String id, String subject, RelationKind kind, String object) {
        Relation r = fact(id, Relation.class);
        assertEquals(List.of(subject, kind, object), List.of(r.subject(), r.kind().concept(), r.object()), id);
    }

    private static <T extends Fact> T fact(String id, Class<T> type) {
        return type.cast(dossier.fact(id).orElseThrow(() -> new AssertionError("no fact " + id)));
    }
}
