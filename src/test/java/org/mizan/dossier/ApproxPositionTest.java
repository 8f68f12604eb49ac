package org.mizan.dossier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.problem.Problem;

/** A base's or resource's approximate position is optional, read when given, and must be on the globe. */
class ApproxPositionTest {

    @TempDir
    Path dir;

    private static String base(String position) {
        return DossierLoaderErrorsTest.BASE.replace("\"status\": \"active\",", "\"status\": \"active\", " + position);
    }

    @Test
    void a_position_is_read_with_its_basis() {
        String fact = base("\"approxPosition\": { \"lat\": 36.89, \"lon\": 38.35, \"basis\": \"town of Kobani\" },");
        Dossier dossier = FactsDir.valid(dir).with("bases.json", DossierLoaderErrorsTest.file("bases", fact)).load();
        Base kobani = (Base) dossier.fact("base-kobani").orElseThrow();
        assertEquals(new Position(36.89, 38.35, "town of Kobani"), kobani.approxPosition());
    }

    @Test
    void a_base_without_a_position_is_valid() {
        Dossier dossier = FactsDir.valid(dir)
                .with("bases.json", DossierLoaderErrorsTest.file("bases", DossierLoaderErrorsTest.BASE)).load();
        assertEquals(null, ((Base) dossier.fact("base-kobani").orElseThrow()).approxPosition());
    }

    @Test
    void a_latitude_off_the_globe_is_reported_at_its_line_and_column() {
        String fact = base("\"approxPosition\": { \"lat\": 136.89, \"lon\": 38.35, \"basis\": \"swapped?\" },");
        List<Problem> problems = FactsDir.valid(dir).with("bases.json", DossierLoaderErrorsTest.file("bases", fact))
                .problems();
        assertEquals(1, problems.size(), problems.toString());
        Problem p = problems.get(0);
        assertEquals(new Problem(FactsDir.valid(dir).at("bases.json", 3, DossierLoaderErrorsTest.col(fact, "\"lat\"")),
                p.message()), p);
        assertTrue(p.message().startsWith("latitude 136.89 is off the globe"), p.message());
    }

    @Test
    void a_longitude_off_the_globe_and_a_missing_latitude_are_both_reported() {
        String fact = base("\"approxPosition\": { \"lon\": 238.35, \"basis\": \"typo\" },");
        List<String> messages = FactsDir.valid(dir).with("bases.json", DossierLoaderErrorsTest.file("bases", fact))
                .problems().stream().map(Problem::message).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("missing field \"approxPosition.lat\"")), messages.toString());
        assertTrue(messages.stream().anyMatch(m -> m.startsWith("longitude 238.35 is off the globe")), messages.toString());
    }
}
