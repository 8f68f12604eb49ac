package org.mizan.ach;

import java.util.List;
import java.util.Optional;

/**
 * The analysis of competing hypotheses: the hypotheses, the rated evidence, each hypothesis's score (least
 * contradicted first), which items are diagnostic, and the same ranking once the least credible items
 * ({@code droppedCredibility}, the worst grade among the items) are dropped — {@code flips} when its leader
 * differs. {@code undated}: the facts a rule rated that are left out of the matrix because the sources give no
 * time for them (a base "set up over the following years"): the ACH weighs the state at the cut-off, and an
 * undated item cannot say whether it still holds.
 */
public record AchResult(List<Hypothesis> hypotheses, List<Item> items, List<HypothesisScore> ranking,
                        List<String> diagnostic, int droppedCredibility, List<String> dropped,
                        List<HypothesisScore> rankingWithoutDropped, boolean flips, List<String> undated) {

    public AchResult {
        hypotheses = List.copyOf(hypotheses);
        items = List.copyOf(items);
        ranking = List.copyOf(ranking);
        diagnostic = List.copyOf(diagnostic);
        dropped = List.copyOf(dropped);
        rankingWithoutDropped = List.copyOf(rankingWithoutDropped);
        undated = List.copyOf(undated);
    }

    /** A result with no undated item left out. */
    public AchResult(List<Hypothesis> hypotheses, List<Item> items, List<HypothesisScore> ranking,
                     List<String> diagnostic, int droppedCredibility, List<String> dropped,
                     List<HypothesisScore> rankingWithoutDropped, boolean flips) {
        this(hypotheses, items, ranking, diagnostic, droppedCredibility, dropped, rankingWithoutDropped, flips,
                List.of());
    }

    /** The same result, saying which undated facts were left out of it. */
    public AchResult withUndated(List<String> left) {
        return new AchResult(hypotheses, items, ranking, diagnostic, droppedCredibility, dropped,
                rankingWithoutDropped, flips, left);
    }

    /** No hypotheses: the brief and findings.json leave ACH out. */
    public static AchResult none() {
        return new AchResult(List.of(), List.of(), List.of(), List.of(), 0, List.of(), List.of(), false);
    }

    public boolean isEmpty() {
        return hypotheses.isEmpty();
    }

    /** The hypothesis the evidence contradicts least; empty when two or more share the lowest score. */
    public Optional<String> leader() {
        return AchScoring.leader(ranking);
    }

    public Optional<Hypothesis> hypothesis(String id) {
        return hypotheses.stream().filter(h -> h.id().equals(id)).findFirst();
    }

    /**
     * The standing of the first hypothesis whose trend is {@code trend} (lower case, as in hypotheses.json), or
     * empty when no hypothesis has that trend: the trigger is then not weighed by the competing hypotheses.
     */
    public Optional<TrendStanding> standing(String trend) {
        if (trend == null) {
            return Optional.empty();
        }
        Optional<Hypothesis> h = hypotheses.stream()
                .filter(x -> x.trend().name().equalsIgnoreCase(trend)).findFirst();
        return h.map(x -> standingOf(x, ranking));
    }

    private static TrendStanding standingOf(Hypothesis h, List<HypothesisScore> ranking) {
        List<HypothesisScore> tested = ranking.stream().filter(HypothesisScore::tested).toList();
        HypothesisScore own = tested.stream().filter(s -> s.hypothesis().equals(h.id())).findFirst().orElse(null);
        if (own == null) {
            return new TrendStanding(h, 0, tested.size(), false, false, false, 0);
        }
        long better = tested.stream().filter(s -> s.inconsistency() < own.inconsistency() - 1e-9).count();
        long worse = tested.stream().filter(s -> s.inconsistency() > own.inconsistency() + 1e-9).count();
        boolean alone = tested.size() < 2;
        int tied = (int) (tested.size() - better - worse - 1);
        return new TrendStanding(h, (int) better + 1, tested.size(), !alone && better == 0, !alone && worse == 0,
                true, tied);
    }

    /**
     * The ranking once the least credible items are dropped, as tiers: hypotheses whose scores tie share a tier,
     * least contradicted first; untested hypotheses are left out.
     */
    public List<List<String>> tiersWithoutDropped() {
        return tiers(rankingWithoutDropped);
    }

    /** The full ranking as tiers, ties together. */
    public List<List<String>> tiers() {
        return tiers(ranking);
    }

    private static List<List<String>> tiers(List<HypothesisScore> ranking) {
        List<List<String>> tiers = new java.util.ArrayList<>();
        HypothesisScore previous = null;
        for (HypothesisScore s : ranking.stream().filter(HypothesisScore::tested).toList()) {
            if (previous == null || s.inconsistency() - previous.inconsistency() > 1e-9) {
                tiers.add(new java.util.ArrayList<>());
            }
            tiers.get(tiers.size() - 1).add(s.hypothesis());
            previous = s;
        }
        return tiers.stream().map(List::copyOf).toList();
    }

    public boolean isDiagnostic(String fact) {
        return diagnostic.contains(fact);
    }
}
