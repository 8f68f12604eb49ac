package org.mizan.dossier;

/** Kinds of agreement, or of the track negotiating one. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum AgreementKind implements Concept {
    UNDERSTANDING(null, "an understanding, memorandum or de-escalation arrangement"),
    POLITICAL_DECLARATION(null, "a political declaration, without operational terms"),
    SECURITY_ARRANGEMENT(null, "a security or defence arrangement"),
    BASING_AGREEMENT(SECURITY_ARRANGEMENT, "access to, or stationing at, a base"),
    ARMS_DEAL(SECURITY_ARRANGEMENT, "arms, air defence or training supplied under an agreement"),
    CEASEFIRE(SECURITY_ARRANGEMENT, "a ceasefire or truce"),
    BORDER_AGREEMENT(null, "an agreement on a border or a crossing"),
    ECONOMIC_AGREEMENT(null, "trade, investment, resource or aid terms"),
    INTEGRATION_AGREEMENT(null, "terms for folding a force or a region into the state");

    private final AgreementKind broader;
    private final String gloss;

    AgreementKind(AgreementKind broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public AgreementKind broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
