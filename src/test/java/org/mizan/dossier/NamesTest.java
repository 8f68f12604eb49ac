package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A brief names actors and facts in the reader's language, never by a bare id when a name exists. */
class NamesTest {

    private final Dossier dossier = DossierLoader.load(ProjectFiles.factsDir());

    @Test
    void actors_bases_and_events_are_named_in_both_languages() {
        assertEquals(new Text("Syrian Democratic Forces (SDF)", "قوات سوريا الديمقراطية (قسد)"), Names.of(dossier, "sdf"));
        assertEquals("قاعدة إثريا", Names.of(dossier, "base-ithriya").in(Language.AR));
        assertEquals("Kobani is declared liberated", Names.of(dossier, "event-kobani-liberated").in(Language.EN));
    }

    @Test
    void every_fact_of_the_dossier_has_something_to_show() {
        List<String> unnamed = dossier.facts().stream().filter(f -> Names.of(f).isEmpty()).map(Fact::id).toList();
        assertEquals(List.of(), unnamed);
    }

    @Test
    void a_fact_without_detail_or_an_unknown_id_falls_back_to_the_id() {
        Relation bare = new Relation("relation-x", "us", "sdf", RelationKind.ADVISES, null, DossierValidatorTest.EVIDENCE);
        Dossier small = new Dossier("d", new Text("D", "د"), List.of(), List.of(bare), Map.of(), "");
        assertEquals(new Text("relation-x", "relation-x"), Names.of(small, "relation-x"));
        assertEquals(new Text("nobody", "nobody"), Names.of(small, "nobody"));
    }
}
