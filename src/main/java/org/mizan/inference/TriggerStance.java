package org.mizan.inference;

/**
 * The dossier's own assessment of a contingency's trigger: {@code REPORTED} (a plan or report says it is coming),
 * {@code CONTESTED} (a report says it is coming and an official denial says not), {@code DENIED} (no such report, and an official denial of it), {@code NOT_REPORTED} (the dossier holds neither a
 * plan nor a denial: the facts leave it unassessed, and only the competing hypotheses can weigh it).
 */
public enum TriggerStance {
    REPORTED,
    /** A report says it is coming, and an official denial says it is not. */
    CONTESTED,
    DENIED,
    NOT_REPORTED
}
