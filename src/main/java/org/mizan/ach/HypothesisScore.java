package org.mizan.ach;

/**
 * A hypothesis's weighted inconsistency: the sum over the evidence of Heuer's inconsistency count times the
 * item's credibility weight. Lower is better; ACH ranks by what contradicts a hypothesis, not by what fits it.
 * {@code ratedItems}: how many items any rule rated against it; a hypothesis with none has not been tested, and
 * its zero says nothing.
 */
public record HypothesisScore(String hypothesis, double inconsistency, int inconsistentItems, int ratedItems) {

    public boolean tested() {
        return ratedItems > 0;
    }
}
