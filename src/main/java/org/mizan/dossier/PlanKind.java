package org.mizan.dossier;

/** Kinds of plan or intended arrangement. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum PlanKind implements Concept {
    DEPLOYMENT(null, "forces or bases to be set up or reinforced"),
    DRAWDOWN(null, "forces to be reduced"),
    WITHDRAWAL(DRAWDOWN, "forces to leave altogether"),
    JOINT_OPERATIONS(null, "joint operations or a joint command with another party"),
    MONITORING(null, "oversight of a ceasefire, a border or an agreement"),
    RECONSTRUCTION(null, "reconstruction or development aid"),
    LONG_TERM_FRAMEWORK(null, "a framework that recasts a presence for the long term");

    private final PlanKind broader;
    private final String gloss;

    PlanKind(PlanKind broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public PlanKind broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
