package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.problem.SourceLocation;

/** The real dossier in facts/ loads cleanly and says what the article says. */
class DossierFactsTest {

    private static Dossier dossier;

    @BeforeAll
    static void load() {
        dossier = DossierLoader.load(ProjectFiles.factsDir());
    }

    @Test
    void has_the_expected_number_of_facts_of_each_type() {
        Map<String, Long> counts = new TreeMap<>();
        dossier.facts().forEach(f -> counts.merge(FactType.of(f).key(), 1L, Long::sum));
        assertEquals(new TreeMap<>(Map.ofEntries(Map.entry("actors", 12L), Map.entry("support", 7L),
                Map.entry("resources", 4L), Map.entry("bases", 8L), Map.entry("goals", 4L),
                Map.entry("relations", 14L), Map.entry("claims", 11L), Map.entry("agreements", 3L),
                Map.entry("sanctions", 4L), Map.entry("events", 13L), Map.entry("plans", 5L),
                Map.entry("threats", 2L))), counts);
    }

    @Test
    void is_headed_by_the_north_press_article_and_cut_off_by_the_desk_note() {
        Source source = dossier.source("northpress-2025-11-10").orElseThrow();
        assertAll(
                () -> assertEquals("northpress-coalition-syria", dossier.id()),
                () -> assertEquals(2, dossier.sources().size()),
                () -> assertEquals(LocalDate.of(2025, 11, 10), source.date()),
                () -> assertEquals(Reliability.C, source.reliability()),
                () -> assertEquals(Language.AR, source.language()),
                () -> assertEquals(46, source.paragraphs()),
                () -> assertEquals("معاذ الحمد", source.author().ar()),
                () -> assertEquals(LocalDate.of(2025, 11, 11), dossier.cutOff()),
                () -> assertEquals(Reliability.B, dossier.source("desk-note-2025-11-11").orElseThrow().reliability()),
                () -> assertEquals(10, dossier.source("desk-note-2025-11-11").orElseThrow().paragraphs()));
    }

    @Test
    void the_damascus_base_is_under_negotiation_denied_and_indicated() {
        Base base = (Base) dossier.fact("base-damascus").orElseThrow();
        Claim denial = (Claim) dossier.fact("claim-damascus-base-denial").orElseThrow();
        Claim indicators = (Claim) dossier.fact("claim-damascus-base-field-indicators").orElseThrow();
        assertAll(
                () -> assertEquals(BaseStatus.UNDER_NEGOTIATION, base.status().concept()),
                () -> assertEquals("us", base.operator()),
                () -> assertEquals(ClaimKind.OFFICIAL_DENIAL, denial.kind().concept()),
                () -> assertEquals("foreign-ministry", denial.by()),
                () -> assertEquals(Attribution.OFFICIALLY_DENIED, denial.evidence().attribution()),
                () -> assertEquals("base-damascus", indicators.subject()),
                () -> assertEquals(Attribution.FIELD_INDICATORS, indicators.evidence().attribution()));
    }

    @Test
    void the_coalition_funds_the_sdf_citing_paragraph_12() {
        Support funding = (Support) dossier.fact("support-funding").orElseThrow();
        assertAll(
                () -> assertEquals("coalition", funding.provider()),
                () -> assertEquals("sdf", funding.recipient()),
                () -> assertEquals(SupportType.FUNDING, funding.type().concept()),
                () -> assertEquals(12, funding.evidence().paragraph()),
                () -> assertEquals(2, funding.evidence().credibility()));
    }

    @Test
    void what_the_article_attributes_to_press_reports_is_graded_3() {
        Claim purpose = (Claim) dossier.fact("claim-damascus-base-purpose").orElseThrow();
        assertEquals(Attribution.PRESS_REPORT, purpose.evidence().attribution());
        assertEquals(3, purpose.evidence().credibility());
        assertTrue(purpose.evidence().excerpt().contains("بحسب تقارير صحفية"));
    }

    @Test
    void absent_optional_lists_are_empty_not_null() {
        Agreement understanding = (Agreement) dossier.fact("agreement-damascus-israel-understanding").orElseThrow();
        assertEquals(java.util.List.of(), understanding.topics());
    }

    @Test
    void every_fact_and_source_has_its_origin_in_a_fact_file() {
        for (Fact fact : dossier.facts()) {
            SourceLocation at = dossier.origins().get(fact.id());
            assertTrue(at != null && at.file().endsWith(".json") && at.line() > 0 && at.column() > 0,
                    fact.id() + " at " + at);
        }
        assertTrue(dossier.origins().get("northpress-2025-11-10").file().endsWith("dossier.json"));
    }

    @Test
    void origins_name_files_as_the_user_typed_them() {
        assumeTrue(Path.of("").toAbsolutePath().equals(ProjectFiles.projectDir()), "tests run from the project dir");
        Dossier relative = DossierLoader.load(Path.of("facts"));
        assertEquals("facts/bases.json", relative.origins().get("base-kobani").file());
    }

    @Test
    void the_digest_is_a_stable_sha256() {
        assertTrue(dossier.digest().matches("[0-9a-f]{64}"));
        assertEquals(dossier.digest(), DossierLoader.load(ProjectFiles.factsDir()).digest());
    }
}
