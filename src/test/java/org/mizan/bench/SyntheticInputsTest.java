package org.mizan.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RuleBase;

/** The benchmark's inputs are what they claim to be: valid, of the requested size, inferred like the article. */
class SyntheticInputsTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));

    @TempDir
    Path dir;

    @Test
    void aScaledDossierLoadsAndEachTheatreIsInferredLikeTheArticle() throws IOException {
        int one = SyntheticDossier.write(PROJECT.resolve("facts"), 1, dir.resolve("x1"));
        int three = SyntheticDossier.write(PROJECT.resolve("facts"), 3, dir.resolve("x3"));
        Dossier article = DossierLoader.load(dir.resolve("x1"));
        Dossier scaled = DossierLoader.load(dir.resolve("x3"));
        assertEquals(one, article.facts().size());
        assertEquals(three, scaled.facts().size());
        int perTheatre = (three - one) / 2;
        assertTrue(perTheatre > one / 2, "most facts are local to a theatre: " + perTheatre + " of " + one);
        try (RuleBase rules = RuleBase.compile(PROJECT.resolve("rules"))) {
            Findings base = Inference.run(rules, article, Set.of());
            Findings more = Inference.run(rules, scaled, Set.of());
            assertTrue(more.risks().size() >= 2 * base.risks().size(), "new theatres bring their own risks");
        }
    }

    @Test
    void ruleVariantsCompileAndAddOneRulePerRealRuleEach() throws IOException {
        int real = SyntheticRules.count(PROJECT.resolve("rules"));
        SyntheticRules.write(PROJECT.resolve("rules"), 2, dir.resolve("rules"));
        try (RuleBase rules = RuleBase.compile(dir.resolve("rules"))) {
            assertEquals(SyntheticRules.count(dir.resolve("rules")), rules.ruleNames().size());
            assertTrue(rules.ruleNames().size() > real, "variants were added");
        }
    }
}
