package org.mizan.dossier;

/** Where an agreement stands. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum AgreementStatus implements Concept {
    PROPOSED(null, "proposed or offered"),
    UNDER_NEGOTIATION(null, "under negotiation"),
    AGREED(null, "agreed or signed, not yet ratified or in force"),
    IN_FORCE(null, "ratified, or in force"),
    SUSPENDED(null, "suspended by a party"),
    LAPSED(null, "expired, collapsed or denounced");

    private final AgreementStatus broader;
    private final String gloss;

    AgreementStatus(AgreementStatus broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public AgreementStatus broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
