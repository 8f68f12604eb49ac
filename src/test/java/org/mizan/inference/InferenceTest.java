package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.inference.TestFacts.dossier;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;

/** The whole stage over the article's situation: chains, stable ids, order, rating and wording. */
class InferenceTest {

    private static Findings run(List<Fact> facts) {
        return Inference.run(RuleVerifier.projectRules(), dossier(facts), Set.of());
    }

    @Test
    void theArticleGivesAtLeastTenDependenciesEightRisksFromTenRules() {
        Findings f = run(ArticleFacts.all());
        assertTrue(f.dependencies().size() >= 10, "dependencies: " + f.dependencies().size());
        assertTrue(f.risks().size() >= 8, "risks: " + f.risks().size());
        long rules = Stream.<Finding>concat(f.dependencies().stream(), f.risks().stream())
                .map(Finding::rule).distinct().count();
        assertTrue(rules >= 10, "rules contributing: " + rules);
    }

    @Test
    void everyBecauseResolvesToAFactOrAFinding() {
        Findings f = run(ArticleFacts.all());
        Set<String> factIds = ArticleFacts.all().stream().map(Fact::id).collect(Collectors.toSet());
        Stream.<Finding>concat(f.dependencies().stream(), f.risks().stream()).forEach(finding -> {
            assertTrue(!finding.because().isEmpty(), finding.id());
            finding.because().forEach(id -> assertTrue(factIds.contains(id) || f.find(id).isPresent(),
                    finding.id() + " rests on unknown " + id));
        });
    }

    @Test
    void drawdownRestsOnTheConcentrationWhichRestsOnDependencies() {
        Findings f = run(ArticleFacts.all());
        RiskJudgment drawdown = only(f, "drawdown-unpaid-force");
        RiskJudgment concentration = f.risks().stream()
                .filter(r -> r.type().equals("single-patron-concentration") && drawdown.because().contains(r.id()))
                .findFirst().orElseThrow();
        assertTrue(concentration.because().size() >= 3);
        concentration.because().forEach(id -> assertTrue(f.find(id).orElseThrow() instanceof Dependency));
    }

    @Test
    void idsAreTheSameAcrossRunsAndWhateverTheInsertionOrder() {
        List<Fact> shuffled = new ArrayList<>(ArticleFacts.all());
        Collections.shuffle(shuffled, new Random(7));
        assertEquals(ids(run(ArticleFacts.all())), ids(run(ArticleFacts.all())));
        assertEquals(ids(run(ArticleFacts.all())), ids(run(shuffled)));
        assertTrue(ids(run(ArticleFacts.all())).stream().allMatch(id -> id.matches("(dep|risk)-[a-z0-9-]+")));
    }

    @Test
    void risksComeHighestRatedFirstAndDependenciesByDependentProviderKind() {
        Findings f = run(ArticleFacts.all());
        List<RiskJudgment> sorted = new ArrayList<>(f.risks());
        sorted.sort(Comparator.comparing(RiskJudgment::rating).thenComparing(RiskJudgment::likelihood,
                Comparator.nullsFirst(Comparator.naturalOrder())).reversed());
        assertEquals(sorted.stream().map(RiskJudgment::rating).toList(), f.risks().stream().map(RiskJudgment::rating).toList());
        assertEquals(Rating.CRITICAL, f.risks().get(0).rating());
        List<String> keys = f.dependencies().stream().map(d -> d.dependent() + "/" + d.provider()).toList();
        assertEquals(keys.stream().sorted().toList(), keys);
    }

    @Test
    void theRatingComesFromTheDecisionTable() {
        Findings f = run(ArticleFacts.all());
        // Very likely by default, one step lower because the force holds oil fields of its own.
        RiskJudgment drawdown = only(f, "drawdown-unpaid-force");
        assertEquals(Likelihood.LIKELY, drawdown.likelihood());
        assertEquals(Impact.SEVERE, drawdown.impact());
        assertEquals(Rating.CRITICAL, drawdown.rating(), "likely x severe");
        RiskJudgment supply = only(f, "supply-line-vulnerable");
        assertEquals(Rating.MEDIUM, supply.rating(), "unlikely x major");
    }

    @Test
    void wordingComesFromTheCatalogueWithTheActorsNamed() {
        Findings f = run(ArticleFacts.all());
        RiskJudgment friction = only(f, "integration-friction");
        assertEquals("Government and sdf sign no timetable for folding sdf into the state's forces",
                friction.title().en(), "an event a reader can score, opened with a capital");
        assertEquals("عدم توقيع government وsdf جدولًا زمنيًا لدمج sdf في قوات الدولة", friction.title().ar());
        assertEquals("politics", friction.category());
        assertTrue(!friction.indicators().isEmpty() && !friction.assumptions().isEmpty());
    }

    @Test
    void switchingOffARuleRemovesWhatFollowedFromIt() {
        Dossier d = dossier(ArticleFacts.all());
        Findings off = Inference.run(RuleVerifier.projectRules(), d, Set.of("Single-patron concentration"));
        Set<String> types = off.risks().stream().map(RiskJudgment::type).collect(Collectors.toSet());
        assertTrue(Set.of("single-patron-concentration", "drawdown-unpaid-force", "terrorist-return",
                "integration-friction").stream().noneMatch(types::contains), types.toString());
        assertTrue(types.contains("resource-revenue-dispute"));
    }

    @Test
    void removingAFactChangesTheFindings() {
        List<Fact> without = ArticleFacts.all().stream().filter(x -> !x.id().equals("support-funding")).toList();
        Findings all = run(ArticleFacts.all());
        Findings less = run(without);
        assertNotEquals(ids(all), ids(less));
        assertTrue(less.risks().stream().noneMatch(r -> r.type().equals("drawdown-unpaid-force")));
    }

    static RiskJudgment only(Findings f, String type) {
        List<RiskJudgment> found = f.risks().stream().filter(r -> r.type().equals(type)).toList();
        assertEquals(1, found.size(), type);
        return found.get(0);
    }

    private static List<String> ids(Findings f) {
        return Stream.<Finding>concat(f.dependencies().stream(), f.risks().stream()).map(Finding::id).sorted().toList();
    }
}
