package org.mizan.dossier;

/** What one actor gives another. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum SupportType implements Concept {
    FUNDING(null, "money: budget support, salaries, running costs"),
    MILITARY_SUPPORT(null, "military means given to another actor"),
    ARMS_AND_TRAINING(MILITARY_SUPPORT, "weapons, equipment and training given"),
    ARMS_SALE(MILITARY_SUPPORT, "weapons or equipment sold"),
    AIR_DEFENCE(MILITARY_SUPPORT, "air-defence systems, given or sold, or defence of the recipient's airspace"),
    AIR_SUPPORT(MILITARY_SUPPORT, "air power flown for the recipient's ground operations"),
    INTELLIGENCE_AND_SURVEILLANCE(null, "intelligence shared, or surveillance and communications equipment"),
    LOGISTICS(null, "supply: transport, convoys, fuel and stores for the recipient's forces"),
    PROTECTION(null, "guarding the recipient, its people or its assets"),
    ESCORT(PROTECTION, "escorting convoys, ships or officials"),
    AID(null, "aid in a named good (food, fuel, medicine): the dossier names the good as a narrower kind"),
    DIPLOMATIC_BACKING(null, "political support: recognition, votes, statements, membership"),
    MEDIATION(null, "brokering between the recipient and a third party");

    private final SupportType broader;
    private final String gloss;

    SupportType(SupportType broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public SupportType broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
