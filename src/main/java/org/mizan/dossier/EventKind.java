package org.mizan.dossier;

/** Kinds of event on the timeline. JSON: lower snake case. */
public enum EventKind {
    FORMATION, BATTLE, LIBERATION, MISSION_CHANGE, OPERATION, NEGOTIATION, ANNOUNCEMENT
}
