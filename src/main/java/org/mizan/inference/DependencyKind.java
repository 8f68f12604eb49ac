package org.mizan.inference;

/** What one actor relies on another for. */
public enum DependencyKind {
    FINANCIAL,
    MILITARY_CAPABILITY,
    INTELLIGENCE_SURVEILLANCE,
    REVENUE_SECURITY,
    SANCTIONS_RELIEF,
    LEGITIMACY,
    GROUND_PARTNER,
    LEGAL_COVER,
    LOGISTICS,
    /** Brokering between parties, e.g. the patron whose consent an integration deal needs. */
    MEDIATION
}
