package org.mizan.dossier;

/** Where a base stands: prospective, in place, ended, or denied. {@code reported}: the source says it was established, not whether it is in use today. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum BaseStatus implements Concept {
    PROSPECTIVE(null, "not yet in use: a base being offered, negotiated or agreed"),
    OFFERED(PROSPECTIVE, "offered by the host, not yet negotiated"),
    UNDER_NEGOTIATION(PROSPECTIVE, "under negotiation between the parties"),
    AGREED(PROSPECTIVE, "agreed or confirmed, but not yet ratified, built or in use"),
    IN_PLACE(null, "established"),
    ACTIVE(IN_PLACE, "established and in use"),
    REPORTED(IN_PLACE, "reported established; the source does not say whether it is in use today"),
    PAUSED(IN_PLACE, "established, its use suspended"),
    CLOSED(null, "given up or closed"),
    DENIED(null, "reported, and officially denied by the host or the operator"),
    UNKNOWN(null, "the source does not say");

    private final BaseStatus broader;
    private final String gloss;

    BaseStatus(BaseStatus broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public BaseStatus broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
