package org.mizan.ach;

/**
 * Heuer's scale for how one item of evidence fits one hypothesis. Only inconsistency counts against a hypothesis:
 * ACH refutes rather than confirms, because evidence consistent with one explanation is usually consistent with
 * others too. {@code symbol} is what the matrix prints (CC, C, N, I, II).
 */
public enum Consistency {
    VERY_CONSISTENT("CC", 0),
    CONSISTENT("C", 0),
    NEUTRAL("N", 0),
    INCONSISTENT("I", 1),
    VERY_INCONSISTENT("II", 2);

    private final String symbol;
    private final int inconsistency;

    Consistency(String symbol, int inconsistency) {
        this.symbol = symbol;
        this.inconsistency = inconsistency;
    }

    public String symbol() {
        return symbol;
    }

    /** Heuer's count: 1 for inconsistent, 2 for very inconsistent, 0 otherwise. */
    public int inconsistency() {
        return inconsistency;
    }

    /** How far from neutral, so that of two ratings of one pair the more telling one wins. */
    int strength() {
        return Math.abs(ordinal() - NEUTRAL.ordinal());
    }
}
