package org.mizan.dossier;

/** How a threat stands. JSON: lower snake case. */
public enum ThreatStatus {
    REMNANTS, SLEEPER_CELLS, RESURGENT, DEFEATED
}
