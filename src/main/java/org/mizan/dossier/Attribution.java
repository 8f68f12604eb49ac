package org.mizan.dossier;

/** How the source presents a fact; it bears on how far the fact can be trusted. JSON: lower snake case. */
public enum Attribution {
    OFFICIALLY_ANNOUNCED,
    PRESS_REPORT,
    FIELD_INDICATORS,
    OFFICIALLY_DENIED,
    ANALYST_INFERENCE,
    ANALYST_HYPOTHESIS
}
