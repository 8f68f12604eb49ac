package org.mizan.ach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.ach.Consistency.CONSISTENT;
import static org.mizan.ach.Consistency.INCONSISTENT;
import static org.mizan.ach.Consistency.NEUTRAL;
import static org.mizan.ach.Consistency.VERY_INCONSISTENT;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.mizan.dossier.Text;

/** Heuer's arithmetic on matrices made by hand, whose answers can be worked out on paper. */
class AchScoringTest {

    private static final Hypothesis STAY = hypothesis("hyp-stay", Trend.PRESENCE_DEEPENS);
    private static final Hypothesis LEAVE = hypothesis("hyp-leave", Trend.DRAWDOWN);
    private static final List<Hypothesis> BOTH = List.of(STAY, LEAVE);

    private static Hypothesis hypothesis(String id, Trend trend) {
        return new Hypothesis(id, new Text(id, id), new Text(id, id), trend);
    }

    private static Item item(String fact, int credibility, Consistency stay, Consistency leave) {
        return new Item(fact, credibility, Map.of(STAY.id(), stay, LEAVE.id(), leave));
    }

    @Test
    void theHypothesisWithLessWeightedInconsistencyRanksFirst() {
        // leave: a confirmed item against it (1 x 1) and a very inconsistent one graded 2 (2 x 5/6): 2.67
        // stay: one inconsistent item graded 4 (1 x 3/6): 0.5
        AchResult r = AchScoring.score(BOTH, List.of(
                item("base-active", 1, CONSISTENT, INCONSISTENT),
                item("base-new", 2, CONSISTENT, VERY_INCONSISTENT),
                item("claim-denial", 4, INCONSISTENT, CONSISTENT)));
        assertEquals(List.of("hyp-stay", "hyp-leave"), r.ranking().stream().map(HypothesisScore::hypothesis).toList());
        assertEquals(0.5, r.ranking().get(0).inconsistency(), 1e-9);
        assertEquals(1 + 2 * 5 / 6.0, r.ranking().get(1).inconsistency(), 1e-9);
        assertEquals(2, r.ranking().get(1).inconsistentItems());
        assertEquals(Optional.of("hyp-stay"), r.leader());
    }

    @Test
    void consistentEvidenceDoesNotCountForAHypothesis() {
        AchResult r = AchScoring.score(BOTH, List.of(item("a", 1, CONSISTENT, NEUTRAL),
                item("b", 1, CONSISTENT, NEUTRAL)));
        assertEquals(0.0, r.ranking().get(0).inconsistency());
        assertEquals(Optional.empty(), r.leader(), "no evidence against either: neither leads");
    }

    @Test
    void anItemThatRatesEveryHypothesisAlikeIsNotDiagnostic() {
        AchResult r = AchScoring.score(BOTH, List.of(item("event-liberation", 1, CONSISTENT, CONSISTENT),
                item("base-new", 1, CONSISTENT, INCONSISTENT),
                new Item("plan-unrated-for-leave", 1, Map.of(STAY.id(), NEUTRAL))));
        assertEquals(List.of("base-new"), r.diagnostic());
        assertFalse(r.isDiagnostic("plan-unrated-for-leave"), "an unrated pair tells nothing");
    }

    @Test
    void aHypothesisNoRuleRatedIsRankedLastAndNeverLeads() {
        Hypothesis untested = hypothesis("hyp-a-untested", Trend.OTHER);
        AchResult r = AchScoring.score(List.of(STAY, LEAVE, untested), List.of(item("a", 1, CONSISTENT, INCONSISTENT)));
        assertEquals(List.of("hyp-stay", "hyp-leave", "hyp-a-untested"),
                r.ranking().stream().map(HypothesisScore::hypothesis).toList());
        assertEquals(Optional.of("hyp-stay"), r.leader());
        assertFalse(r.ranking().get(2).tested());
    }

    @Test
    void theRankingFlipsWhenItRestsOnTheLeastCredibleItems() {
        // Confirmed evidence is against stay (1); two doubtful reports (grade 4) are against leave (2 x 0.5 x 2 = 2).
        AchResult r = AchScoring.score(BOTH, List.of(
                item("base-closed", 1, INCONSISTENT, CONSISTENT),
                item("report-a", 4, CONSISTENT, VERY_INCONSISTENT),
                item("report-b", 4, CONSISTENT, VERY_INCONSISTENT)));
        assertEquals(Optional.of("hyp-stay"), r.leader());
        assertEquals(4, r.droppedCredibility());
        assertEquals(List.of("report-a", "report-b"), r.dropped());
        assertEquals("hyp-leave", r.rankingWithoutDropped().get(0).hypothesis());
        assertTrue(r.flips());
    }

    @Test
    void aRankingThatDoesNotRestOnTheWeakestItemsHolds() {
        AchResult r = AchScoring.score(BOTH, List.of(
                item("base-active", 1, CONSISTENT, VERY_INCONSISTENT),
                item("report-a", 4, INCONSISTENT, CONSISTENT)));
        assertEquals(Optional.of("hyp-stay"), r.leader());
        assertEquals(List.of("report-a"), r.dropped());
        assertFalse(r.flips());
    }

    @Test
    void itemsAllOfOneGradeAreNeverAllDropped() {
        AchResult r = AchScoring.score(BOTH, List.of(item("a", 3, CONSISTENT, INCONSISTENT),
                item("b", 3, CONSISTENT, INCONSISTENT)));
        assertEquals(List.of(), r.dropped());
        assertEquals(0, r.droppedCredibility());
        assertFalse(r.flips());
    }
}
