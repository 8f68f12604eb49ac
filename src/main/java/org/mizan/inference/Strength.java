package org.mizan.inference;

/** How hard it would be for the dependent to do without the provider. */
public enum Strength {
    WEAK,
    MODERATE,
    STRONG,
    CRITICAL
}
