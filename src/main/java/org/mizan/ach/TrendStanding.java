package org.mizan.ach;

/**
 * Where the competing hypothesis of one trend stands in the analysis: its rank among the tested hypotheses
 * (1 = least contradicted; tied scores share a rank) out of {@code of}, and whether the evidence contradicts it
 * least or most, and with how many others its score ties. A contingency's trigger is weighed by it.
 */
public record TrendStanding(Hypothesis hypothesis, int rank, int of, boolean leastContradicted,
                            boolean mostContradicted, boolean tested, int tiedWith) {
}
