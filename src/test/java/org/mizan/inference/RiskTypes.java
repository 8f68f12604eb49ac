package org.mizan.inference;

/** Risk types the tests name more than once. */
final class RiskTypes {

    static final String CONCENTRATION = "single-patron-concentration";

    private RiskTypes() {
    }
}
