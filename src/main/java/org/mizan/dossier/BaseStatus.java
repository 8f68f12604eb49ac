package org.mizan.dossier;

/**
 * Whether a base exists and is in use. {@code reported}: the source says it was established, not whether it is in
 * use today; {@code unknown}: the source does not say. JSON: lower snake case.
 */
public enum BaseStatus {
    ACTIVE, REPORTED, UNKNOWN, UNDER_NEGOTIATION, CONFIRMED, CLOSED
}
