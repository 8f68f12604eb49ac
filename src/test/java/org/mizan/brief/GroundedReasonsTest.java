package org.mizan.brief;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierLoader;
import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.RuleBase;

/**
 * Issue 23 item 3 over the shipped briefs: every likelihood's reason cites facts of the dossier that say what it
 * states, and what no fact says is gone from the brief or listed as an assumption.
 */
class GroundedReasonsTest {

    private static final Path PROJECT = Path.of(System.getProperty("mizan.project.dir", "."));

    /**
     * What each shipped reason asserts, as words the facts it cites must hold between them (their text in both
     * languages and their kinds, lower case): the reason may say no more than its evidence.
     */
    private static final Map<String, List<String>> ASSERTS = Map.of(
            "drawdown-unpaid-force", List.of("salaries"),
            "integration-friction", List.of("integrating the sdf", "funding"),
            "resource-revenue-dispute", List.of("self-financing", "oil_field", "integrating the sdf"),
            "sleeper-cell-attacks", List.of("sleeper_cells", "security_support"),
            "terrorist-return", List.of("remnants", "ground_partner", "salaries"),
            "credibility-gap", List.of("official_denial"),
            "supply-line-vulnerable", List.of("remnants", "convoys"),
            "basing-for-arms", List.of("arms_deal", "air defence", "active"),
            "sanctions-on-concluded-deal", List.of("threatened"));

    private static RuleBase rules;

    @BeforeAll
    static void compile() {
        rules = RuleBase.compile(PROJECT.resolve("rules"));
    }

    @AfterAll
    static void close() {
        rules.close();
    }

    private static Findings findings(Dossier dossier) {
        return Inference.run(rules, dossier, Set.of());
    }

    @Test
    void everyShippedLikelihoodReasonCitesFactsThatSayWhatItStates() {
        int checked = 0;
        for (String folder : List.of("facts", "examples/sudan-red-sea")) {
            Dossier dossier = DossierLoader.load(PROJECT.resolve(folder));
            for (RiskJudgment r : findings(dossier).risks()) {
                if (r.likelihoodBasis() == null || r.likelihoodBasis().ruleDefault() == null) {
                    continue;
                }
                List<String> cites = r.likelihoodBasis().defaultCites();
                assertFalse(cites.isEmpty(), folder + ": the reason of " + r.id() + " cites no fact");
                String evidence = cites.stream().map(id -> dossier.fact(id).orElseThrow(
                        () -> new AssertionError(folder + ": " + r.id() + " cites unknown " + id)))
                        .map(String::valueOf).collect(Collectors.joining("\n")).toLowerCase(Locale.ROOT);
                List<String> asserted = ASSERTS.get(r.type());
                assertTrue(asserted != null, "say what the reason of " + r.type() + " asserts");
                for (String claim : asserted) {
                    assertTrue(evidence.contains(claim), folder + ": the reason of " + r.type() + " states \""
                            + claim + "\", which none of " + cites + " says");
                }
                checked++;
            }
        }
        assertTrue(checked >= 8, "reasons checked: " + checked);
    }

    @Test
    void theReasonsNoSourceGivesAreGoneFromTheDefaultBriefAndItsReasonsNameTheirFacts() {
        Dossier dossier = DossierLoader.load(PROJECT.resolve("facts"));
        BriefInput input = new BriefInput(dossier, findings(dossier), "f", "r", "t", "0", null);
        Brief brief = BriefBuilder.build(input, Language.EN, Templates.load(PROJECT.resolve("templates")));
        String text = String.join("\n", BriefWalk.visibleText(brief));
        // Issue 23: "no other payer" while the brief's own facts say the SDF finances itself from oil; escorted
        // convoys on routes the ground partner holds, which neither source says.
        assertFalse(text.contains("no other payer"), "R6's ungrounded reason");
        assertFalse(text.contains("escorted"), "R5's ungrounded reason");
        assertFalse(text.contains("areas the ground partner holds"), "R5's ungrounded reason");
        // The funding reason names the fact it states, and is lowered by the force's own revenue, also cited.
        assertTrue(text.matches("(?s).*pays the salaries and running costs of the SDF \\(E\\d+\\)\\..*"), text);
        assertTrue(text.matches("(?s).*Lowered one step: the SDF controls revenue-bearing resources of its own, so"
                + " the money of the military coalition is not its only purse \\(E\\d+(, E\\d+)*\\)\\..*"), text);
        // What a reason used to assert beyond its facts is now an assumption the reader sees listed.
        assertTrue(text.contains("What is denied (a base, an agreement, support given) is hard to keep out of view"
                + " for long"), "the credibility gap's inference is a key assumption");
        assertEquals(-1, text.indexOf("stalls in friction"), "the key judgments are events with a threshold");
        assertEquals(-1, text.indexOf("fall out openly"), "the key judgments are events with a threshold");
    }
}
