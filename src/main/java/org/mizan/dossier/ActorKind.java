package org.mizan.dossier;

/** What sort of actor. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum ActorKind implements Concept {
    STATE(null, "a sovereign state"),
    GOVERNMENT(null, "the executive of a state, including a transitional or de facto one"),
    MINISTRY(GOVERNMENT, "a ministry, agency or office of a government"),
    ARMED_FORCE(null, "a state's armed forces or a service of them"),
    NON_STATE_ARMED_GROUP(null, "an armed group outside a state's forces: militia, rebel or partner force"),
    TERRORIST_GROUP(NON_STATE_ARMED_GROUP, "an armed group designated terrorist, or its cells"),
    POLITICAL_COALITION(null, "a political coalition or alliance of states, without a joint command"),
    MILITARY_COALITION(null, "a military coalition or operation: forces of one or more states under one command"),
    REGIONAL_ORGANISATION(null, "an organisation of the states of a region"),
    INTERNATIONAL_ORGANISATION(null, "an organisation of states beyond one region"),
    COMPANY(null, "a company, state-owned or private"),
    PERSON(null, "a named individual");

    private final ActorKind broader;
    private final String gloss;

    ActorKind(ActorKind broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public ActorKind broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
