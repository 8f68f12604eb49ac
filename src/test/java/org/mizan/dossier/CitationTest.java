package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** A citation joins a fact's evidence with its source, and grades it the Admiralty way. */
class CitationTest {

    @Test
    void grades_combine_source_reliability_and_information_credibility() {
        Dossier dossier = DossierLoader.load(ProjectFiles.factsDir());
        Citation funding = Citation.of(dossier, dossier.fact("support-funding").orElseThrow());
        Citation purpose = Citation.of(dossier, dossier.fact("claim-damascus-base-purpose").orElseThrow());
        assertEquals(List.of("C2", 12, "northpress-2025-11-10"),
                List.of(funding.grade(), funding.paragraph(), funding.source().id()));
        assertEquals(List.of("C3", Attribution.PRESS_REPORT), List.of(purpose.grade(), purpose.attribution()));
    }

    @Test
    void a_fact_citing_an_unknown_source_cannot_be_cited() {
        Actor orphan = new Actor("us", new Text("US", "أ"), ActorKind.STATE, null, null,
                new Evidence("elsewhere", 1, "x", 2, Attribution.PRESS_REPORT));
        Dossier dossier = new Dossier("d", new Text("D", "د"), List.of(DossierValidatorTest.SOURCE), List.of(orphan),
                Map.of(), "");
        assertThrows(IllegalArgumentException.class, () -> Citation.of(dossier, orphan));
    }
}
