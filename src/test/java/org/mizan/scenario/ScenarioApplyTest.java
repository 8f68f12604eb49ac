package org.mizan.scenario;

import static org.junit.jupiter.api.Assertions.*;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.*;

class ScenarioApplyTest {

    private static final Dossier BASELINE = Article.DOSSIER;

    private static Scenario load(String name) {
        return ScenarioLoader.load(Article.scenario(name), BASELINE, Article.rules().ruleNames());
    }

    @Test
    void applyingLeavesTheBaselineAsItWas() {
        List<Fact> before = List.copyOf(BASELINE.facts());
        load("sdf-integrated").apply(BASELINE);
        assertEquals(before, BASELINE.facts());
    }

    @Test
    void removedFactsAreGoneAndTheRestKeepTheirPlaces() {
        Scenario scenario = load("sdf-integrated");
        Dossier after = scenario.apply(BASELINE);

        assertTrue(after.fact("goal-integration").isEmpty());
        assertEquals(BASELINE.facts().size() - scenario.remove().size() + scenario.add().size(), after.facts().size());
        assertFalse(after.origins().containsKey("goal-integration"));
        assertEquals(BASELINE.origins().get("support-air"), after.origins().get("support-air"));
    }

    @Test
    void aChangedFieldBuildsANewRecordMarkedAsTheAnalystsHypothesis() {
        Scenario scenario = load("damascus-base-confirmed");
        Dossier after = scenario.apply(BASELINE);

        Base base = (Base) after.fact("base-damascus").orElseThrow();
        Base original = (Base) BASELINE.fact("base-damascus").orElseThrow();
        assertEquals(BaseStatus.AGREED, base.status().concept());
        assertEquals(BaseStatus.UNDER_NEGOTIATION, original.status().concept());
        assertEquals(original.name(), base.name());
        assertEquals(Attribution.ANALYST_HYPOTHESIS, base.evidence().attribution());
        assertEquals(original.evidence().excerpt(), base.evidence().excerpt(), "still cites the passage it changes");
        assertEquals(scenario.file(), after.origins().get("base-damascus").file());
    }

    @Test
    void anAddedFactCitesTheScenarioAsItsSource() {
        Scenario scenario = load("sdf-integrated");
        Dossier after = scenario.apply(BASELINE);

        Fact added = after.fact("relation-sdf-component-of-army").orElseThrow();
        assertEquals("scenario-sdf-integrated", added.evidence().source());
        Source source = after.source("scenario-sdf-integrated").orElseThrow();
        assertEquals(Reliability.F, source.reliability(), "an analyst's hypothesis: reliability cannot be judged");
        assertEquals(scenario.title(), source.title());
        assertTrue(BASELINE.source("scenario-sdf-integrated").isEmpty());
    }

    @Test
    void theChangedDossierStillValidatesAndHasItsOwnDigest() {
        for (String name : List.of("coalition-drawdown", "damascus-base-confirmed", "sanctions-relief-reversed",
                "sdf-integrated")) {
            Dossier after = load(name).apply(BASELINE);
            assertEquals(List.of(), DossierValidator.validate(after), name);
            assertNotEquals(BASELINE.digest(), after.digest(), name);
        }
    }

    @Test
    void theSummaryTellsABriefReaderWhatTheScenarioChangedInBothLanguages() {
        List<Text> damascus = ScenarioSummary.lines(load("damascus-base-confirmed"), BASELINE);
        assertEquals(List.of(new Text(
                "Changed, as an analyst's hypothesis: the proposed US base near Damascus (base-damascus): "
                        + "status under_negotiation → agreed",
                "عُدّل بوصفه فرضية للمحلل: قاعدة عسكرية أميركية في محيط العاصمة دمشق (base-damascus): "
                        + "status من under_negotiation إلى agreed")), damascus);

        List<Text> integrated = ScenarioSummary.lines(load("sdf-integrated"), BASELINE);
        assertEquals(3, integrated.size(), integrated.toString());
        assertTrue(integrated.get(0).en().startsWith("Removed: "), integrated.get(0).en());
        assertTrue(integrated.get(1).ar().startsWith("أُضيف بوصفه فرضية للمحلل: تعمل قسد جزءاً من الجيش الوطني"),
                integrated.get(1).ar());
    }
}
