package org.mizan.dossier;

/** How a hostile actor's presence stands. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum ThreatStatus implements Concept {
    ACTIVE(null, "fighting in the field"),
    RESURGENT(ACTIVE, "regrouping and striking more often"),
    REMNANTS(null, "defeated as a force, with remnants in the field"),
    SLEEPER_CELLS(null, "hidden cells, away from any front"),
    DEFEATED(null, "no longer present");

    private final ThreatStatus broader;
    private final String gloss;

    ThreatStatus(ThreatStatus broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public ThreatStatus broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
