package org.mizan.dossier;

/** An asset of economic or strategic value, at a place. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum ResourceKind implements Concept {
    ENERGY(null, "an energy asset"),
    OIL_FIELD(ENERGY, "an oil field"),
    GAS_FIELD(ENERGY, "a gas field"),
    PIPELINE(ENERGY, "an oil or gas pipeline"),
    REFINERY(ENERGY, "a refinery"),
    POWER_PLANT(ENERGY, "a power station, or a dam that generates power"),
    MINE(null, "a mine (gold, minerals)"),
    PORT(null, "a sea or river port"),
    AIRPORT(null, "an airport or airfield in civilian use"),
    CROSSING(null, "a border crossing, or a route through a front line"),
    WATER(null, "a dam, river or water source"),
    LAND(null, "farmland or territory valued for itself");

    private final ResourceKind broader;
    private final String gloss;

    ResourceKind(ResourceKind broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public ResourceKind broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
