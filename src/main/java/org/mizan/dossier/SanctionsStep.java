package org.mizan.dossier;

/** A step of a sanctions measure: pressure (imposed, threatened, extended) or relief (eased, suspended, repealed). JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum SanctionsStep implements Concept {
    PRESSURE(null, "sanctions applied to, or held over, the target"),
    IMPOSED(PRESSURE, "sanctions imposed"),
    THREATENED(PRESSURE, "sanctions threatened, not yet imposed"),
    EXTENDED(PRESSURE, "sanctions renewed or prolonged"),
    RELIEF(null, "sanctions eased, for a time or for good"),
    EASED(RELIEF, "sanctions eased in part, or step by step"),
    SUSPENDED(RELIEF, "sanctions suspended for a period: relief with an end date"),
    REPEALED(RELIEF, "sanctions lifted for good");

    private final SanctionsStep broader;
    private final String gloss;

    SanctionsStep(SanctionsStep broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public SanctionsStep broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
