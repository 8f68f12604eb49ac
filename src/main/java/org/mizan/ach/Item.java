package org.mizan.ach;

import java.util.Map;

/**
 * One item of evidence in the matrix: a fact, its Admiralty credibility (1 confirmed … 6 cannot be judged), its
 * rating against each hypothesis, by hypothesis id (a hypothesis no rule rated it against is neutral), and the
 * rule behind each rating ({@code rules}, same keys), so the matrix can say why.
 */
public record Item(String fact, int credibility, Map<String, Consistency> ratings, Map<String, String> rules) {

    public Item {
        ratings = Map.copyOf(ratings);
        rules = Map.copyOf(rules);
    }

    /** An item rated by hand (tests, what-ifs): no rule names. */
    public Item(String fact, int credibility, Map<String, Consistency> ratings) {
        this(fact, credibility, ratings, Map.of());
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
     * doubtful report can still tip the balance, but only if confirmed facts do not.
     */
    public double weight() {
        return (7 - credibility) / 6.0;
    }
}
