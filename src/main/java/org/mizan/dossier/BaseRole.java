package org.mizan.dossier;

/** What a base is for. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum BaseRole implements Concept {
    COMMAND_HUB(null, "a command centre the other points hang on"),
    AIR_BASE(null, "an air base or airfield for military flights"),
    NAVAL_BASE(null, "a naval base, or a point where warships dock and resupply"),
    FORWARD_OPERATIONS(null, "a forward operating point near a front or in a partner's areas"),
    LOGISTICS(null, "a logistics hub: stores, transport, supply"),
    TRAINING(null, "training of partner forces"),
    INTELLIGENCE_AND_SURVEILLANCE(null, "intelligence, surveillance or security work"),
    MONITORING(null, "monitoring a ceasefire, a border or an agreement");

    private final BaseRole broader;
    private final String gloss;

    BaseRole(BaseRole broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public BaseRole broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
