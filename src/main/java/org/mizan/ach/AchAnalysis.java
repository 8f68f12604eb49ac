package org.mizan.ach;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.inference.RuleBase;
import org.mizan.inference.Session;

/**
 * Runs the rules over the dossier with the hypotheses in working memory: the ACH rules (rules/ach.drl) rate each
 * fact against each hypothesis; the items are the facts rated against at least one, in dossier order.
 */
public final class AchAnalysis {

    private AchAnalysis() {
    }

    public static AchResult run(RuleBase rules, Dossier dossier, List<Hypothesis> hypotheses) {
        return run(rules, dossier, hypotheses, Set.of());
    }

    /** The same with {@code switchedOff} rules (a scenario's) not firing, ACH rules among them if named. */
    public static AchResult run(RuleBase rules, Dossier dossier, List<Hypothesis> hypotheses,
                                Set<String> switchedOff) {
        if (hypotheses.isEmpty()) {
            return AchResult.none();
        }
        try (Session session = Session.open(rules, switchedOff)) {
            session.insertDossier(dossier);
            hypotheses.forEach(h -> session.insertOther(h.id(), h));
            session.fire();
            List<EvidenceRating> ratings = session.inferred(EvidenceRating.class);
            return AchScoring.score(hypotheses, items(dossier, ratings)).withUndated(undated(dossier, ratings));
        }
    }

    /**
     * Dated evidence only: a fact the sources give no time for is left out of the matrix (the hypotheses are about
     * where the situation heads from the cut-off, and an undated base may be long gone); the result names it.
     */
    static List<Item> items(Dossier dossier, List<EvidenceRating> ratings) {
        Map<String, Map<String, EvidenceRating>> byFact = new HashMap<>();
        ratings.stream().sorted(Comparator.comparing(EvidenceRating::rule))
                .forEach(r -> byFact.computeIfAbsent(r.fact(), f -> new HashMap<>())
                        .merge(r.hypothesis(), r, AchAnalysis::moreTelling));
        List<Item> items = dossier.facts().stream().filter(f -> byFact.containsKey(f.id()) && !f.undated())
                .map(f -> item(f, byFact.get(f.id()))).toList();
        return ItemClusters.of(items, dossier.factsById());
    }

    /** The facts some rule rated that are left out as undated, in dossier order. */
    static List<String> undated(Dossier dossier, List<EvidenceRating> ratings) {
        Set<String> rated = new java.util.HashSet<>();
        ratings.forEach(r -> rated.add(r.fact()));
        return dossier.facts().stream().filter(f -> f.undated() && rated.contains(f.id())).map(Fact::id).toList();
    }

    private static Item item(Fact fact, Map<String, EvidenceRating> ratings) {
        Map<String, Consistency> consistency = new LinkedHashMap<>();
        Map<String, String> rules = new LinkedHashMap<>();
        ratings.forEach((h, r) -> {
            consistency.put(h, r.consistency());
            rules.put(h, r.rule());
        });
        return new Item(fact.id(), fact.evidence().credibility(), consistency, rules);
    }

    /** Two rules rate one pair: the one further from neutral wins; at equal distance, the inconsistent one. */
    private static EvidenceRating moreTelling(EvidenceRating a, EvidenceRating b) {
        int byStrength = Integer.compare(a.consistency().strength(), b.consistency().strength());
        if (byStrength != 0) {
            return byStrength > 0 ? a : b;
        }
        return a.consistency().ordinal() >= b.consistency().ordinal() ? a : b;
    }
}
