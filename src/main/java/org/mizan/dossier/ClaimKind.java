package org.mizan.dossier;

/** What sort of statement a claim is. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum ClaimKind implements Concept {
    OFFICIAL_DENIAL(null, "an official denial"),
    OFFICIAL_CONFIRMATION(null, "an official confirmation"),
    FIELD_INDICATOR(null, "signs on the ground, reported by a source"),
    PURPOSE(null, "what something is reported to be for"),
    RESOURCE_SHARE(null, "the share of a resource an actor holds"),
    ASSESSMENT(null, "a source's or an analyst's assessment");

    private final ClaimKind broader;
    private final String gloss;

    ClaimKind(ClaimKind broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public ClaimKind broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
