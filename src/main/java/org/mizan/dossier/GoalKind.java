package org.mizan.dossier;

/** What an actor seeks from another: an aim, never itself a provision. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum GoalKind implements Concept {
    SECURITY_SUPPORT(null, "help against a security threat"),
    ARMS(SECURITY_SUPPORT, "weapons, air defence or training"),
    ECONOMIC_SUPPORT(null, "money, investment, trade or reconstruction"),
    SANCTIONS_RELIEF(null, "the easing or lifting of sanctions"),
    INTERNATIONAL_LEGITIMACY(null, "recognition, standing or membership abroad"),
    FORCE_INTEGRATION(null, "folding an armed group into the state's forces"),
    MILITARY_ACCESS(null, "a base, port calls or overflight on another's territory"),
    RESOURCE_CONTROL(null, "control of, or a share in, a resource"),
    INFLUENCE(null, "political influence over another actor or a region");

    private final GoalKind broader;
    private final String gloss;

    GoalKind(GoalKind broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public GoalKind broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
