package org.mizan.ach;

import java.util.Map;

/**
 * One item of evidence in the matrix: a fact, its Admiralty credibility (1 confirmed … 6 cannot be judged), its
 * rating against each hypothesis, by hypothesis id (a hypothesis no rule rated it against is neutral), and the
 * rule behind each rating ({@code rules}, same keys), so the matrix can say why. Items drawn from one list or one
 * paragraph of one source are not independent: they share a {@code cluster} (the id of its first fact) and each
 * counts for {@code share} = 1 / the cluster's size, so the cluster weighs as one item.
 */
public record Item(String fact, int credibility, Map<String, Consistency> ratings, Map<String, String> rules,
                   String cluster, double share) {

    public Item {
        ratings = Map.copyOf(ratings);
        rules = Map.copyOf(rules);
    }

    /** An independent item: a cluster of its own. */
    public Item(String fact, int credibility, Map<String, Consistency> ratings, Map<String, String> rules) {
        this(fact, credibility, ratings, rules, fact, 1.0);
    }

    /** An item rated by hand (tests, what-ifs): no rule names. */
    public Item(String fact, int credibility, Map<String, Consistency> ratings) {
        this(fact, credibility, ratings, Map.of());
    }

    /** The same item counted as one of {@code size} items of {@code cluster}. */
    Item inCluster(String clusterId, int size) {
        return new Item(fact, credibility, ratings, rules, clusterId, 1.0 / size);
    }

    /** Whether any rule rated this item against the hypothesis; an unrated pair counts as neutral. */
    public boolean rated(String hypothesis) {
        return ratings.containsKey(hypothesis);
    }

    public Consistency against(String hypothesis) {
        return ratings.getOrDefault(hypothesis, Consistency.NEUTRAL);
    }

    /**
     * Credibility as a weight: a confirmed fact (1) counts fully, each grade down one sixth less, so that a
     * doubtful report can still tip the balance, but only if confirmed facts do not; times the item's share of
     * its cluster.
     */
    public double weight() {
        return (7 - credibility) / 6.0 * share;
    }
}
