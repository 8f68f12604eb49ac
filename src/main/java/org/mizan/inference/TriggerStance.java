package org.mizan.inference;

/**
 * The dossier's own assessment of a contingency's trigger: {@code REPORTED} (a plan or report says it is coming),
 * {@code DENIED} (no such report, and an official denial of it), {@code NOT_REPORTED} (the dossier holds neither a
 * plan nor a denial: the facts leave it unassessed, and only the competing hypotheses can weigh it).
 */
public enum TriggerStance {
    REPORTED,
    DENIED,
    NOT_REPORTED
}
