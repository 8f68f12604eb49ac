package org.mizan.dossier;

/** What sort of actor. JSON: lower snake case. */
public enum ActorKind {
    COALITION, STATE, ARMED_FORCE, GOVERNMENT, MINISTRY, TERRORIST_GROUP, PERSON
}
