package org.mizan.ach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.mizan.dossier.Attribution;
import org.mizan.dossier.Base;
import org.mizan.dossier.BaseRole;
import org.mizan.dossier.BaseStatus;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Event;
import org.mizan.dossier.EventKind;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Text;
import org.mizan.inference.RuleBase;

/** The rules of rules/ach.drl rate the dossier's facts against hypotheses by their trend. */
class AchAnalysisTest {

    private static final RuleBase RULES = RuleBase.compile(
            Path.of(System.getProperty("mizan.project.dir", ".")).resolve("rules"));

    private static final Hypothesis DEEPENS = hypothesis("hyp-deepens", Trend.PRESENCE_DEEPENS);
    private static final Hypothesis DRAWDOWN = hypothesis("hyp-drawdown", Trend.DRAWDOWN);
    private static final Hypothesis BREAKDOWN = hypothesis("hyp-breakdown", Trend.PARTNERSHIP_BREAKS_DOWN);
    private static final Hypothesis OWN = hypothesis("hyp-own", Trend.OTHER);

    @AfterAll
    static void close() {
        RULES.close();
    }

    private static Hypothesis hypothesis(String id, Trend trend) {
        return new Hypothesis(id, new Text(id, id), new Text(id, id), trend);
    }

    private static Evidence cited(int credibility, int paragraph) {
        return new Evidence("press", paragraph, "…", credibility, Attribution.PRESS_REPORT);
    }

    private static Dossier dossier(Fact... facts) {
        Source press = new Source("press", new Text("P", "P"), new Text("T", "T"), LocalDate.of(2025, 11, 10),
                null, Language.EN, Reliability.B);
        return new Dossier("ach", new Text("A", "A"), List.of(press), List.of(facts), Map.of(), "digest");
    }

    private static Base base(String id, BaseStatus status, int credibility, int paragraph) {
        return new Base(id, new Text(id, id), new Text("x", "x"), "us", BaseRole.LOGISTICS, status,
                cited(credibility, paragraph));
    }

    /** Items in paragraphs far apart: independent. */
    private static final Dossier DOSSIER = dossier(base("base-active", BaseStatus.ACTIVE, 1, 1),
            base("base-new", BaseStatus.UNDER_NEGOTIATION, 3, 5), base("base-closed", BaseStatus.CLOSED, 1, 9),
            new Event("event-liberated", "2015", new Text("l", "l"), EventKind.BATTLE, List.of("us"),
                    cited(1, 13)));

    private final AchResult result = AchAnalysis.run(RULES, DOSSIER, List.of(DEEPENS, DRAWDOWN, BREAKDOWN, OWN));

    private Item item(String fact) {
        return result.items().stream().filter(i -> i.fact().equals(fact)).findFirst().orElseThrow();
    }

    @Test
    void anActiveBaseIsRatedByEachHypothesissTrend() {
        Item active = item("base-active");
        assertEquals(Consistency.CONSISTENT, active.against(DEEPENS.id()));
        assertEquals(Consistency.INCONSISTENT, active.against(DRAWDOWN.id()));
        assertEquals(Consistency.NEUTRAL, active.against(BREAKDOWN.id()));
        assertEquals(1, active.credibility());
        assertEquals("Active bases argue against a drawdown", active.rules().get(DRAWDOWN.id()));
    }

    @Test
    void aHypothesisOfItsOwnTrendIsRatedOnlyByRulesThatNameIt() {
        assertTrue(result.items().stream().allMatch(i -> !i.ratings().containsKey(OWN.id())));
    }

    @Test
    void factsNoRuleRatesAreNoItems() {
        assertTrue(result.items().stream().noneMatch(i -> i.fact().equals("base-closed")));
    }

    @Test
    void pastLiberationsTellNoHypothesisApart() {
        assertFalse(result.isDiagnostic("event-liberated"));
        assertTrue(result.isDiagnostic("base-new"));
    }

    @Test
    void theDrawdownIsContradictedMostAndTheDeepeningLeast() {
        assertEquals(Optional.of(DEEPENS.id()), result.leader());
        // breakdown: the new base graded 3 is inconsistent (4/6); drawdown: the active base (1) and, very
        // inconsistent, the new base (2 x 4/6); the hypothesis no rule rates comes last, untested.
        assertEquals(List.of(DEEPENS.id(), BREAKDOWN.id(), DRAWDOWN.id(), OWN.id()),
                result.ranking().stream().map(HypothesisScore::hypothesis).toList());
        assertEquals(4 / 6.0, result.ranking().get(1).inconsistency(), 1e-9);
        assertEquals(1 + 8 / 6.0, result.ranking().get(2).inconsistency(), 1e-9);
    }

    @Test
    void aListOfBasesOverConsecutiveParagraphsWeighsAsOneItem() {
        Dossier listed = dossier(base("base-a", BaseStatus.ACTIVE, 1, 20), base("base-b", BaseStatus.ACTIVE, 1, 21),
                base("base-c", BaseStatus.ACTIVE, 1, 22), base("near-miss", BaseStatus.ACTIVE, 1, 30));
        AchResult listedResult = AchAnalysis.run(RULES, listed, List.of(DEEPENS, DRAWDOWN));
        Map<String, Item> byFact = new java.util.HashMap<>();
        listedResult.items().forEach(i -> byFact.put(i.fact(), i));
        assertEquals("base-a", byFact.get("base-c").cluster());
        assertEquals(1 / 3.0, byFact.get("base-b").share(), 1e-9);
        assertEquals("near-miss", byFact.get("near-miss").cluster(), "eight paragraphs later: another list");
        // Two items' worth against the drawdown (the list as one, the far base), not four.
        assertEquals(2.0, listedResult.ranking().stream().filter(s -> s.hypothesis().equals(DRAWDOWN.id()))
                .findFirst().orElseThrow().inconsistency(), 1e-9);
    }

    @Test
    void itemsOfOneParagraphWeighAsOneWhateverTheirKind() {
        Dossier oneParagraph = dossier(base("base-x", BaseStatus.ACTIVE, 1, 28),
                base("base-y", BaseStatus.UNDER_NEGOTIATION, 1, 28));
        AchResult r = AchAnalysis.run(RULES, oneParagraph, List.of(DEEPENS, DRAWDOWN));
        assertTrue(r.items().stream().allMatch(i -> i.cluster().equals("base-x") && i.share() == 0.5));
    }

    @Test
    void theTriggersHypothesisStandingIsItsRankWithTies() {
        TrendStanding drawdown = result.standing("drawdown").orElseThrow();
        assertEquals(3, drawdown.rank(), "third of the three tested");
        assertEquals(3, drawdown.of());
        assertTrue(drawdown.mostContradicted());
        assertFalse(drawdown.leastContradicted());
        assertTrue(result.standing("presence_deepens").orElseThrow().leastContradicted());
        assertTrue(result.standing("no-such-trend").isEmpty());
    }

    @Test
    void withoutHypothesesThereIsNoAnalysis() {
        assertTrue(AchAnalysis.run(RULES, DOSSIER, List.of()).isEmpty());
    }

    @Test
    void anUndatedBaseIsLeftOutOfTheMatrixAndNamed() {
        Base undated = new Base("base-undated", new Text("u", "u"), new Text("x", "x"), "us", BaseRole.LOGISTICS,
                BaseStatus.ACTIVE, new Evidence("press", 3, "…", 2, Attribution.PRESS_REPORT, null, true));
        AchResult withUndated = AchAnalysis.run(RULES, dossier(base("base-active", BaseStatus.ACTIVE, 1, 1),
                undated), List.of(DEEPENS, DRAWDOWN));
        assertEquals(List.of("base-active"), withUndated.items().stream().map(Item::fact).toList());
        assertEquals(List.of("base-undated"), withUndated.undated());
        // The near miss: the same base with a dated item is weighed.
        assertTrue(result.undated().isEmpty());
    }
}
