package org.mizan.inference;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Text;

/**
 * Judgments resting mostly on the same evidence are told once (ANALYSIS.md §3): the overlap coefficient
 * |A ∩ B| / min(|A|, |B|) of their facts at {@link JudgmentGroups#THRESHOLD} or more, or one resting on the other,
 * makes them one group, keyed by the judgment a reader acts on first.
 */
class JudgmentGroupsTest {

    private static RiskJudgment judgment(String id, JudgmentKind kind, Rating rating, List<String> because) {
        Likelihood likelihood = kind == JudgmentKind.VULNERABILITY ? null : Likelihood.LIKELY;
        return new RiskJudgment(id, id, kind, null, null, new Text(id, id), new Text(id, id), "security", likelihood,
                Impact.MAJOR, null, rating, null, null, null, Confidence.MODERATE, List.of(), List.of(), List.of(),
                "rule", because, List.of());
    }

    private static JudgmentGroups groups(RiskJudgment... judgments) {
        return JudgmentGroups.of(new Findings(List.of(), List.of(judgments)));
    }

    @Test
    void twoRisksSharingHalfTheSmallerOnesFactsAreOneJudgment() {
        JudgmentGroups g = groups(
                judgment("a", JudgmentKind.RISK, Rating.HIGH, List.of("f1", "f2", "f3", "f4")),
                judgment("b", JudgmentKind.RISK, Rating.MEDIUM, List.of("f3", "f4", "f5", "f6")));
        assertEquals("a", g.keyOf("b"), "2 of 4 shared: 0.5, the threshold");
        assertEquals(List.of("b"), g.supporting("a"));
        assertEquals(0.5, g.overlapWithKey("b"));
    }

    @Test
    void nearMissTwoRisksSharingLessThanHalfStandApart() {
        JudgmentGroups g = groups(
                judgment("a", JudgmentKind.RISK, Rating.HIGH, List.of("f1", "f2", "f3", "f4")),
                judgment("b", JudgmentKind.RISK, Rating.MEDIUM, List.of("f4", "f5", "f6", "f7")));
        assertTrue(g.isKey("a"));
        assertTrue(g.isKey("b"), "1 of 4 shared: 0.25");
    }

    @Test
    void aRiskResolvingOnAnotherFindingJoinsItWhateverTheOverlap() {
        JudgmentGroups g = groups(
                judgment("base", JudgmentKind.VULNERABILITY, Rating.HIGH, List.of("f1", "f2", "f3", "f4", "f5")),
                judgment("on-top", JudgmentKind.RISK, Rating.MEDIUM, List.of("base", "f9")));
        assertEquals("on-top", g.keyOf("base"), "the chain is told once, at the event");
    }

    @Test
    void anEventKeysItsGroupEvenWhenAContingencyOnTheSameEvidenceIsRatedHigher() {
        JudgmentGroups g = groups(
                judgment("if-drawdown", JudgmentKind.CONTINGENCY, Rating.CRITICAL, List.of("f1", "f2", "f3")),
                judgment("friction", JudgmentKind.RISK, Rating.HIGH, List.of("f1", "f2", "f4")));
        assertTrue(g.isKey("friction"), "a conditional never headlines: its rating rests on a conditional likelihood");
        assertEquals(List.of("if-drawdown"), g.supporting("friction"));
        assertFalse(g.isKey("if-drawdown"));
    }

    @Test
    void nearMissAContingencyOnOtherEvidenceIsAKeyJudgmentOfItsOwn() {
        JudgmentGroups g = groups(
                judgment("if-drawdown", JudgmentKind.CONTINGENCY, Rating.CRITICAL, List.of("f1", "f2", "f3")),
                judgment("friction", JudgmentKind.RISK, Rating.HIGH, List.of("f4", "f5", "f6")));
        assertTrue(g.isKey("if-drawdown"));
        assertTrue(g.isKey("friction"));
        assertEquals("friction", g.groups().get(0).key(), "events first, then contingencies");
    }

    @Test
    void factsNamedAsContextAreLeftOutOfTheOverlap() {
        RiskJudgment a = judgment("a", JudgmentKind.RISK, Rating.HIGH, List.of("f1", "f2", "ctx"));
        RiskJudgment b = new RiskJudgment("b", "b", JudgmentKind.RISK, null, null, new Text("b", "b"),
                new Text("b", "b"), "security", Likelihood.LIKELY, Impact.MAJOR, null, Rating.MEDIUM, null, null, null,
                Confidence.MODERATE, List.of(), List.of(), List.of(), "rule", List.of("ctx", "f8"), List.of("ctx"));
        assertTrue(groups(a, b).isKey("b"), "b's only shared fact is background it names as context");
    }
}
