package org.mizan.ach;

import java.util.List;
import java.util.Optional;

/**
 * The analysis of competing hypotheses: the hypotheses, the rated evidence, each hypothesis's score (least
 * contradicted first), which items are diagnostic, and the same ranking once the least credible items
 * ({@code droppedCredibility}, the worst grade among the items) are dropped — {@code flips} when its leader
 * differs.
 */
public record AchResult(List<Hypothesis> hypotheses, List<Item> items, List<HypothesisScore> ranking,
                        List<String> diagnostic, int droppedCredibility, List<String> dropped,
                        List<HypothesisScore> rankingWithoutDropped, boolean flips) {

    public AchResult {
        hypotheses = List.copyOf(hypotheses);
        items = List.copyOf(items);
        ranking = List.copyOf(ranking);
        diagnostic = List.copyOf(diagnostic);
        dropped = List.copyOf(dropped);
        rankingWithoutDropped = List.copyOf(rankingWithoutDropped);
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

    public boolean isDiagnostic(String fact) {
        return diagnostic.contains(fact);
    }
}
