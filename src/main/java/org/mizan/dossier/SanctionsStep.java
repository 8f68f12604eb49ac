package org.mizan.dossier;

/** Steps of sanctions relief. JSON: lower snake case. */
public enum SanctionsStep {
    GRADUAL_EASING, EXTENSION_TEST, REVERSAL
}
