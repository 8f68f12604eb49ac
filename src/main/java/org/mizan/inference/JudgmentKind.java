package org.mizan.inference;

/**
 * The three kinds of judgment a rule may make, said differently (rules/README.md). A {@link #VULNERABILITY} is a
 * state: it has a strength and an exposure, never a likelihood, and stays off the likelihood x impact matrix. A
 * {@link #RISK} is an event that may happen by a stated horizon: an ICD 203 likelihood and an impact, and the only
 * kind on the matrix. A {@link #CONTINGENCY} is "if trigger, then consequence": its likelihood is conditional on the
 * trigger, whose own assessment is stated beside it.
 */
public enum JudgmentKind {
    VULNERABILITY,
    RISK,
    CONTINGENCY;

    /** Whether a likelihood is given at all (conditional for a contingency). */
    public boolean hasLikelihood() {
        return this != VULNERABILITY;
    }
}
