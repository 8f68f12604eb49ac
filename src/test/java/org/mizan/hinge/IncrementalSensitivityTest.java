package org.mizan.hinge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.mizan.bench.SyntheticDossier;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.Fact;
import org.mizan.inference.FindingWatch;
import org.mizan.inference.FiringDelta;
import org.mizan.inference.Session;
import org.mizan.scenario.Scenario;
import org.mizan.scenario.ScenarioLoader;

/**
 * The analysis re-judges only what a retraction touched and skips rules that never fired; it must still say
 * exactly what comparing whole snapshots says: the same impacts, the same changes, in the same order.
 */
class IncrementalSensitivityTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."))
            .toAbsolutePath().normalize();
    private static final Dossier ARTICLE = DossierLoader.load(PROJECT.resolve("facts"));

    private static void assertSameAsStraightforward(Dossier dossier) {
        Sensitivity fast = SensitivityAnalysis.run(SmallDossier.rules(), dossier);
        Sensitivity reference = StraightforwardSensitivity.run(SmallDossier.rules(), dossier);
        assertFalse(reference.facts().isEmpty(), "a dossier where facts matter, or the comparison proves nothing");
        assertEquals(reference.facts(), fast.facts());
        assertEquals(reference.rules(), fast.rules());
    }

    /** The fast path itself, not its fallback: every fact of the article is judged incrementally, and exactly. */
    @Test
    void eachRetractionOfTheArticleIsComparedIncrementallyAndTheSessionReturnsToTheFullRun() {
        try (Session session = Session.open(SmallDossier.rules(), Set.of())) {
            session.insertAll(ARTICLE.facts());
            session.fire();
            FindingWatch watch = session.watch(ARTICLE);
            FullRun run = FullRun.of(session, watch, ARTICLE);
            for (Fact fact : ARTICLE.facts()) {
                session.retract(fact.id());
                session.fire();
                FiringDelta out = watch.drain();
                List<FindingChange> whole = run.snapshot().changesTo(Snapshot.of(session.findings(ARTICLE)));
                assertEquals(Optional.of(whole), run.changesAfter(out, watch), fact.id());
                session.insert(fact);
                session.fire();
                assertTrue(watch.drain().undoes(out), fact.id());
            }
        }
    }

    @Test
    void theArticleGivesTheSameImpacts() {
        assertSameAsStraightforward(ARTICLE);
    }

    static List<Path> scenarios() {
        return ScenarioLoader.files(PROJECT.resolve("facts/scenarios"));
    }

    @ParameterizedTest
    @MethodSource("scenarios")
    void everyShippedScenarioGivesTheSameImpacts(Path file) {
        Scenario scenario = ScenarioLoader.load(file, ARTICLE, SmallDossier.rules().ruleNames());
        assertSameAsStraightforward(scenario.apply(ARTICLE));
    }

    @Test
    void aThreefoldSyntheticDossierGivesTheSameImpacts(@TempDir Path dir) throws IOException {
        SyntheticDossier.write(PROJECT.resolve("facts"), 3, dir);
        assertSameAsStraightforward(DossierLoader.load(dir));
    }
}
