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
    /** Brokering between parties: the sponsor of a track, or a mediator. */
    MEDIATION,
    /** Guarding of people, convoys or ships (no guarded resource at stake). */
    PROTECTION,
    /** Aid in a named good: fuel, food, medicine. */
    AID
}
