package org.mizan.compare;

import static org.junit.jupiter.api.Assertions.*;
import static org.mizan.compare.Runs.*;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.inference.*;

class ExplanationTest {

    private static final Dossier DOSSIER = dossier(baseFacts());
    private static final Findings FINDINGS = findings(
            List.of(dependency("dep-financial", DependencyKind.FINANCIAL, Strength.CRITICAL, "Paid by patron",
                    "support-funding")),
            List.of(risk("risk-concentration", "concentration", Rating.HIGH, Likelihood.LIKELY, Confidence.MODERATE,
                    "Concentration", "dep-financial", "support-arms")));

    @Test
    void theChainBehindARiskGoesDownToTheCitedExcerpts() {
        ExplanationNode root = Explanation.of("risk-concentration", FINDINGS, DOSSIER).orElseThrow();

        assertEquals("""
                risk-concentration  Risk concentration — high; likely; major; confidence moderate  [rule "Concentration"]
                  dep-financial  Force depends on Patron (financial) — critical  [rule "Paid by patron"]
                    support-funding  support: provider patron, recipient force, type funding  (facts/test.json:30:5)
                      «excerpt of support-funding» — press ¶3, press report, credibility 2
                  support-arms  support: provider patron, recipient force, type arms_and_training  (facts/test.json:40:5)
                    «excerpt of support-arms» — press ¶3, press report, credibility 2
                """, Explanation.text(root));
    }

    @Test
    void whatRestsOnAFactIsListedTransitively() {
        ExplanationNode root = Explanation.restingOn("support-funding", FINDINGS, DOSSIER).orElseThrow();

        assertEquals(ExplanationNode.Kind.FACT, root.kind());
        assertEquals("dep-financial", root.children().get(0).id());
        assertEquals("risk-concentration", root.children().get(0).children().get(0).id());
        assertTrue(Explanation.restingOn("patron", FINDINGS, DOSSIER).orElseThrow().children().isEmpty(),
                "no finding cites the actor directly");
    }

    @Test
    void aCyclicChainIsShownOnceOnEachPath() {
        Findings cyclic = findings(List.of(
                dependency("dep-a", DependencyKind.FINANCIAL, Strength.WEAK, "A", "dep-b"),
                dependency("dep-b", DependencyKind.LOGISTICS, Strength.WEAK, "B", "dep-a", "support-arms")), List.of());
        ExplanationNode root = Explanation.of("dep-a", cyclic, DOSSIER).orElseThrow();

        ExplanationNode b = root.children().get(0);
        assertEquals(List.of("support-arms"), b.children().stream().map(ExplanationNode::id).toList());
    }

    @Test
    void anUnknownIdHasNoExplanationButNearIdsToSuggest() {
        assertTrue(Explanation.of("risk-concentraton", FINDINGS, DOSSIER).isEmpty());
        assertTrue(Explanation.ids(FINDINGS, DOSSIER).contains("risk-concentration"));
    }

    @Test
    void theTreeSerialisesToJsonForTheCommandLine() throws Exception {
        String json = new ObjectMapper().writeValueAsString(
                Explanation.of("dep-financial", FINDINGS, DOSSIER).orElseThrow());

        assertTrue(json.contains("\"excerpt\":\"excerpt of support-funding\""), json);
        assertTrue(json.contains("\"kind\":\"DEPENDENCY\""), json);
    }
}
