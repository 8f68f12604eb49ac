package org.mizan.compare;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RuleBase;

/** Explanations over the article's dossier and the project's rules. */
class ArticleExplanationTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", ".")).toAbsolutePath();
    private static final Dossier DOSSIER = DossierLoader.load(PROJECT.resolve("facts"));
    private static final Findings FINDINGS;

    static {
        try (RuleBase rules = RuleBase.compile(PROJECT.resolve("rules"))) {
            FINDINGS = Inference.run(rules, DOSSIER, Set.of());
        }
    }

    private static List<ExplanationNode> leaves(ExplanationNode node) {
        List<ExplanationNode> leaves = new ArrayList<>();
        if (node.children().isEmpty()) {
            leaves.add(node);
        }
        node.children().forEach(child -> leaves.addAll(leaves(child)));
        return leaves;
    }

    @Test
    void everyRiskComesDownToExcerptsOfTheArticleWithTheirPlaceInTheFacts() {
        FINDINGS.risks().forEach(risk -> leaves(Explanation.of(risk.id(), FINDINGS, DOSSIER).orElseThrow())
                .forEach(leaf -> {
                    assertEquals(ExplanationNode.Kind.FACT, leaf.kind(), risk.id() + " → " + leaf.id());
                    assertTrue(Set.of("northpress-2025-11-10", "desk-note-2025-11-11").contains(leaf.citation().source()),
                            leaf.id());
                    assertFalse(leaf.citation().excerpt().isBlank(), leaf.id());
                    assertTrue(leaf.origin().startsWith("facts/"), leaf.origin());
                }));
    }

    @Test
    void theTerroristReturnRestsOnTheFundingThroughTheDrawdownRisk() {
        ExplanationNode funding = Explanation.restingOn("support-funding", FINDINGS, DOSSIER).orElseThrow();
        String text = Explanation.text(funding);

        assertTrue(text.startsWith("support-funding  support: provider coalition, recipient sdf, type funding"), text);
        assertTrue(text.contains("\n    risk-drawdown-unpaid-force-"), text);
        assertTrue(text.contains("\n      risk-terrorist-return-"), text);
    }
}
