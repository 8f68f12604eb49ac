package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;

/** The project's rules over the project's dossier (facts/): what issue 4 asks of the article. */
class ArticleDossierTest {

    private static final Dossier DOSSIER =
            DossierLoader.load(Path.of(System.getProperty("mizan.project.dir", ".")).resolve("facts"));

    private static Findings findings() {
        return Inference.run(RuleVerifier.projectRules(), DOSSIER, Set.of());
    }

    @Test
    void theArticleGivesTenDependenciesAndEightRisksFromAtLeastTenRules() {
        Findings f = findings();
        long rules = Stream.<Finding>concat(f.dependencies().stream(), f.risks().stream())
                .map(Finding::rule).distinct().count();
        assertTrue(f.dependencies().size() >= 10, "dependencies: " + f.dependencies().size());
        assertTrue(f.risks().size() >= 8, "risks: " + f.risks().size());
        assertTrue(rules >= 10, "rules: " + rules);
    }

    @Test
    void everyLineOfAnalysisFindsItsRiskInTheArticle() {
        Set<String> types = findings().risks().stream().map(RiskJudgment::type).collect(Collectors.toSet());
        assertEquals(Set.of("single-patron-concentration", "drawdown-unpaid-force", "terrorist-return",
                "integration-friction", "credibility-gap", "regional-entanglement", "reversible-sanctions-relief",
                "resource-revenue-dispute", "open-ended-presence", "supply-line-vulnerable", "sleeper-cell-attacks"), types);
    }

    @Test
    void theGovernmentReliesOnNoOneForWhatItOnlySeeks() {
        // Issue 23: the government's goals (security support, sanctions relief, legitimacy, integration) are aims;
        // the only tie the sources report given is the sanctions relief the US side extended, and mediation.
        Set<String> ties = findings().dependencies().stream().filter(d -> d.dependent().equals("government"))
                .map(d -> d.provider() + "/" + d.kind()).collect(Collectors.toSet());
        assertEquals(Set.of("us/SANCTIONS_RELIEF", "us/MEDIATION", "france/MEDIATION"), ties);
    }

    @Test
    void everyChainEndsInCitedFactsOfTheDossier() {
        Findings f = findings();
        Stream.<Finding>concat(f.dependencies().stream(), f.risks().stream()).forEach(finding ->
                finding.because().forEach(id -> assertTrue(DOSSIER.fact(id).isPresent() || f.find(id).isPresent(),
                        finding.id() + " rests on unknown " + id)));
    }

    @Test
    void noRiskIsHighConfidenceWhileSomeOfItsFactsRestOnOneSource() {
        assertTrue(findings().risks().stream().noneMatch(r -> r.confidence() == Confidence.HIGH));
        assertEquals(Confidence.LOW, InferenceTest.only(findings(), "credibility-gap").confidence());
    }
}
