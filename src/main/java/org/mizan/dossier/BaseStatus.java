package org.mizan.dossier;

/** Whether a base exists. JSON: lower snake case. */
public enum BaseStatus {
    ACTIVE, UNDER_NEGOTIATION, CONFIRMED, CLOSED
}
