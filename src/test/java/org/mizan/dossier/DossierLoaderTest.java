package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the loader reads, skips and records. */
class DossierLoaderTest {

    @TempDir
    Path dir;

    @Test
    void comments_and_trailing_commas_are_allowed() {
        Dossier dossier = FactsDir.valid(dir).with("bases.json", """
                // Bases, as the analyst found them.
                {
                  "bases": [
                    /* the airfield */
                    %s,
                  ],
                }
                """.formatted(DossierLoaderErrorsTest.BASE)).load();
        assertEquals(List.of("base-kobani"), dossier.facts(Base.class).stream().map(Base::id).toList());
    }

    @Test
    void scenario_folders_and_the_hypotheses_file_are_not_part_of_the_dossier() {
        Dossier dossier = FactsDir.valid(dir).with("scenarios/drawdown.json", "not even JSON")
                .with("hypotheses.json", "not even JSON").load();
        assertEquals(3, dossier.facts().size() + dossier.sources().size());
    }

    @Test
    void any_fact_type_may_live_in_any_file() {
        String mixed = "{ \"bases\": [ " + DossierLoaderErrorsTest.BASE + " ], \"actors\": [ { \"id\": \"sdf\","
                + " \"name\": { \"en\": \"SDF\", \"ar\": \"قسد\" }, \"kind\": \"armed_force\", " + FactsDir.EVIDENCE + " } ] }";
        Dossier dossier = FactsDir.valid(dir).with("notes.json", mixed).load();
        assertEquals(3, dossier.facts(Actor.class).size());
        assertEquals(1, dossier.facts(Base.class).size());
    }

    @Test
    void origins_point_at_each_facts_opening_brace() {
        FactsDir facts = FactsDir.valid(dir).with("bases.json", DossierLoaderErrorsTest.file("bases", DossierLoaderErrorsTest.BASE));
        Dossier dossier = facts.load();
        assertEquals(facts.at("bases.json", 3, 5), dossier.origins().get("base-kobani"));
        assertEquals(facts.at("actors.json", 3, 5), dossier.origins().get("us"));
        assertEquals(facts.at("dossier.json", 4, 5), dossier.origins().get("src"));
    }

    @Test
    void facts_keep_file_name_order_then_file_order() {
        String second = DossierLoaderErrorsTest.BASE.replace("base-kobani", "base-raqqa");
        Dossier dossier = FactsDir.valid(dir).with("zz.json", DossierLoaderErrorsTest.file("bases", DossierLoaderErrorsTest.BASE))
                .with("bb.json", DossierLoaderErrorsTest.file("bases", second)).load();
        assertEquals(List.of("us", "coalition", "base-raqqa", "base-kobani"),
                dossier.facts().stream().map(Fact::id).toList());
    }

    @Test
    void the_digest_changes_with_any_byte_of_any_file() {
        FactsDir facts = FactsDir.valid(dir);
        String before = facts.load().digest();
        assertEquals(before, facts.load().digest());
        String after = facts.with("actors.json", FactsDir.ACTORS + " ").load().digest();
        assertNotEquals(before, after);
    }
}
