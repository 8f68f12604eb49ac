package org.mizan.ach;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Heuer's arithmetic over a rated matrix: inconsistency per hypothesis weighted by credibility, diagnosticity
 * per item, and the flip check. Pure, so a hand-made matrix with a known answer can test it.
 */
public final class AchScoring {

    /** Scores closer than this are equal: weights are sixths, so real differences are far larger. */
    private static final double EPSILON = 1e-9;

    private AchScoring() {
    }

    public static AchResult score(List<Hypothesis> hypotheses, List<Item> items) {
        List<HypothesisScore> ranking = rank(hypotheses, items);
        List<String> diagnostic = items.stream().filter(i -> diagnostic(i, hypotheses)).map(Item::fact).toList();
        int worst = items.stream().mapToInt(Item::credibility).max().orElse(0);
        int best = items.stream().mapToInt(Item::credibility).min().orElse(0);
        // Dropping every item would leave nothing to rank: only drop the worst grade when a better one remains.
        List<Item> kept = worst > best ? items.stream().filter(i -> i.credibility() < worst).toList() : items;
        // The same test as "not kept", without searching the kept list for every item (quadratic at scale).
        List<String> dropped = kept == items ? List.of()
                : items.stream().filter(i -> i.credibility() >= worst).map(Item::fact).toList();
        List<HypothesisScore> without = rank(hypotheses, kept);
        boolean flips = !leader(ranking).equals(leader(without));
        return new AchResult(hypotheses, items, ranking, diagnostic, dropped.isEmpty() ? 0 : worst, dropped,
                without, flips);
    }

    static List<HypothesisScore> rank(List<Hypothesis> hypotheses, List<Item> items) {
        return hypotheses.stream().map(h -> score(h, items))
                .sorted(Comparator.comparing((HypothesisScore s) -> !s.tested())
                        .thenComparingDouble(HypothesisScore::inconsistency)
                        .thenComparing(HypothesisScore::hypothesis)).toList();
    }

    private static HypothesisScore score(Hypothesis h, List<Item> items) {
        double sum = items.stream().mapToDouble(i -> i.weight() * i.against(h.id()).inconsistency()).sum();
        int count = (int) items.stream().filter(i -> i.against(h.id()).inconsistency() > 0).count();
        int rated = (int) items.stream().filter(i -> i.rated(h.id())).count();
        return new HypothesisScore(h.id(), sum, count, rated);
    }

    /** An item that rates every hypothesis it was rated against alike cannot tell them apart. */
    static boolean diagnostic(Item item, List<Hypothesis> hypotheses) {
        return hypotheses.stream().filter(h -> item.rated(h.id())).map(h -> item.against(h.id())).distinct()
                .count() > 1;
    }

    /** The least contradicted of the tested hypotheses; none when two share the lowest score. */
    static Optional<String> leader(List<HypothesisScore> ranking) {
        List<HypothesisScore> tested = ranking.stream().filter(HypothesisScore::tested).toList();
        if (tested.isEmpty()) {
            return Optional.empty();
        }
        boolean tied = tested.size() > 1
                && tested.get(1).inconsistency() - tested.get(0).inconsistency() < EPSILON;
        return tied ? Optional.empty() : Optional.of(tested.get(0).hypothesis());
    }
}
