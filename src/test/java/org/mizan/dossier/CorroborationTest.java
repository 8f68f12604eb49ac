package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Independent sources agree (corroboration), one reports what another denies (contradiction). */
class CorroborationTest {

    private static Source source(String id, String... derivedFrom) {
        return new Source(id, new Text(id, id), new Text("T", "ع"), LocalDate.of(2025, 11, 10), null, Language.EN,
                Reliability.B, 10, List.of(derivedFrom));
    }

    private static Evidence item(String source, int credibility, Attribution attribution) {
        return new Evidence(source, 1, "x", credibility, attribution);
    }

    private static Base base(String id, Evidence... items) {
        return new Base(id, new Text(id, id), new Text("X", "س"), "us", Term.of(BaseRole.LOGISTICS), Term.of(BaseStatus.ACTIVE),
                List.of(items), List.of());
    }

    private static Dossier dossier(List<Source> sources, Fact... facts) {
        return new Dossier("d", new Text("D", "د"), sources, List.of(facts), Map.of(), "0".repeat(64));
    }

    @Test
    void two_independent_sources_corroborate_but_two_outlets_repeating_one_wire_count_once() {
        Dossier d = dossier(List.of(source("outlet-a", "wire-1"), source("outlet-b", "wire-1"), source("note")),
                base("base-wire", item("outlet-a", 2, Attribution.PRESS_REPORT), item("outlet-b", 2, Attribution.PRESS_REPORT)),
                base("base-two", item("outlet-a", 2, Attribution.PRESS_REPORT), item("note", 2, Attribution.PRESS_REPORT)));
        Corroboration c = new Corroboration(d);

        assertEquals(Set.of("wire-1"), c.of("base-wire").origins());
        assertFalse(c.of("base-wire").corroborated());
        assertEquals(2, c.of("base-two").independentSources());
        assertTrue(c.of("base-two").corroborated());
        assertFalse(c.independent("outlet-a", "outlet-b"));
    }

    @Test
    void an_aggregator_repeating_the_same_wire_with_a_quotation_of_its_own_does_not_confirm_the_wire() {
        Dossier d = dossier(List.of(source("outlet-a", "wire-1"), source("aggregator", "wire-1", "tv-quote"),
                        source("note")),
                base("base-wire", item("outlet-a", 2, Attribution.PRESS_REPORT), item("aggregator", 2, Attribution.PRESS_REPORT)),
                base("base-two", item("aggregator", 2, Attribution.PRESS_REPORT), item("note", 2, Attribution.PRESS_REPORT)));
        Corroboration c = new Corroboration(d);

        assertEquals(Set.of("tv-quote", "wire-1"), c.of("base-wire").origins());
        assertFalse(c.of("base-wire").corroborated(), "both items repeat wire-1: no two of them are independent");
        assertTrue(c.of("base-two").corroborated());
    }

    @Test
    void an_official_denial_contradicts_what_a_source_reports() {
        Base reported = base("base-x", item("outlet-a", 3, Attribution.PRESS_REPORT));
        Claim denial = new Claim("claim-denial", "base-x", ClaimKind.OFFICIAL_DENIAL, "ministry", new Text("d", "ن"),
                item("outlet-a", 2, Attribution.OFFICIALLY_DENIED));
        Base alone = base("base-y", item("outlet-a", 3, Attribution.PRESS_REPORT));
        Corroboration c = new Corroboration(dossier(List.of(source("outlet-a")), reported, denial, alone));

        assertEquals(List.of(new Corroboration.Contradiction("base-x", "outlet-a", "ministry", "claim-denial")),
                c.of("base-x").contradictions());
        assertFalse(c.of("base-y").contradicted());
    }

    @Test
    void an_item_of_the_fact_itself_denied_by_an_independent_source_is_a_contradiction() {
        Base disputed = base("base-x", item("outlet-a", 3, Attribution.PRESS_REPORT),
                item("note", 2, Attribution.OFFICIALLY_DENIED));
        Corroboration c = new Corroboration(dossier(List.of(source("outlet-a"), source("note")), disputed));

        assertTrue(c.of(disputed).contradicted());
        assertFalse(c.of(disputed).corroborated(), "a denial does not corroborate");
    }

    @Test
    void grade_one_needs_a_confirming_item_from_an_independent_source() {
        Dossier d = dossier(List.of(source("outlet-a", "wire-1"), source("outlet-b", "wire-1"), source("note")),
                base("base-alone", item("outlet-a", 1, Attribution.PRESS_REPORT)),
                base("base-echo", item("outlet-a", 1, Attribution.PRESS_REPORT), item("outlet-b", 2, Attribution.PRESS_REPORT)),
                base("base-confirmed", item("outlet-a", 1, Attribution.PRESS_REPORT), item("note", 2, Attribution.PRESS_REPORT)));
        Corroboration c = new Corroboration(d);

        assertEquals(List.of(0), c.unconfirmedGradeOne(d.fact("base-alone").orElseThrow()));
        assertEquals(List.of(0), c.unconfirmedGradeOne(d.fact("base-echo").orElseThrow()));
        assertEquals(List.of(), c.unconfirmedGradeOne(d.fact("base-confirmed").orElseThrow()));
    }

    @Test
    void in_the_dossier_the_desk_note_corroborates_at_least_five_facts() {
        Dossier d = DossierLoader.load(ProjectFiles.factsDir());
        Corroboration c = new Corroboration(d);
        List<String> corroborated = d.facts().stream().filter(f -> c.of(f).corroborated()).map(Fact::id).toList();
        assertTrue(corroborated.size() >= 5, corroborated.toString());
        assertTrue(corroborated.containsAll(List.of("government", "goal-sanctions", "goal-integration",
                "threat-isis-remnants", "relation-us-leads-coalition")), corroborated.toString());
        assertTrue(c.of("base-damascus").contradicted(), "the foreign ministry denies the base the press reports");
    }
}
