package org.mizan.dossier;

/** The goals the article names. JSON: lower snake case. */
public enum GoalKind {
    SECURITY_SUPPORT, SANCTIONS_RELIEF, INTERNATIONAL_LEGITIMACY, SDF_INTEGRATION
}
