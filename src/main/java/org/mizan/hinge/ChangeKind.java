package org.mizan.hinge;

/** What taking a fact or rule away did to one finding. JSON: lower case. */
public enum ChangeKind {
    /** The finding no longer stands. */
    LOST,
    /** A finding appears that the full dossier does not give (e.g. a mitigating fact removed). */
    GAINED,
    /** The finding stands with another rating, likelihood, confidence or strength. */
    REGRADED
}
