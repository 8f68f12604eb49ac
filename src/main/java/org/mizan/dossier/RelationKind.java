package org.mizan.dossier;

/** Kinds of relation between actors. JSON: lower snake case. */
public enum RelationKind {
    LEADS, MEMBER_OF, COMPONENT_OF, SEEKS_MEMBERSHIP, GROUND_PARTNER, POLITICAL_PARTNER, INFORMAL_CHANNEL, ADVISES, OPPOSES
}
