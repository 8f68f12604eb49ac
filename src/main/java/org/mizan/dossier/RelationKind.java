package org.mizan.dossier;

/** Kinds of standing relation between actors, read as: subject KIND object. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum RelationKind implements Concept {
    LEADS(null, "the subject leads the object"),
    MEMBER_OF(null, "the subject is a member of the object"),
    COMPONENT_OF(null, "the subject is a component of the object"),
    SEEKS_MEMBERSHIP(null, "the subject seeks to join the object"),
    GROUND_PARTNER(null, "the subject is the object's partner force on the ground"),
    POLITICAL_PARTNER(null, "the subject works with the object politically"),
    INFORMAL_CHANNEL(null, "the subject keeps an informal channel to the object"),
    ADVISES(null, "the subject advises the object"),
    OPPOSES(null, "the subject is an adversary of the object");

    private final RelationKind broader;
    private final String gloss;

    RelationKind(RelationKind broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public RelationKind broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
