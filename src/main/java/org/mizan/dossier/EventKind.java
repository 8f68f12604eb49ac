package org.mizan.dossier;

/** What happened, by the twenty root categories of CAMEO (the scheme GDELT codes news with) and narrower kinds beneath them. JSON: lower snake case; a dossier may declare narrower kinds under {@code "kinds"}. */
public enum EventKind implements Concept {
    MAKE_PUBLIC_STATEMENT(null, "CAMEO 01: a statement, comment or announcement"),
    ANNOUNCEMENT(MAKE_PUBLIC_STATEMENT, "an announcement of a decision or a policy"),
    DENIAL(MAKE_PUBLIC_STATEMENT, "a denial of a report or of responsibility (CAMEO 016)"),
    APPEAL(null, "CAMEO 02: an appeal or request"),
    EXPRESS_INTENT_TO_COOPERATE(null, "CAMEO 03: a stated intent to cooperate, give aid or settle"),
    OFFER(EXPRESS_INTENT_TO_COOPERATE, "an offer of cooperation, access or aid"),
    CONSULT(null, "CAMEO 04: a visit, meeting or talks"),
    NEGOTIATION(CONSULT, "negotiations (CAMEO 046)"),
    ENGAGE_IN_DIPLOMATIC_COOPERATION(null, "CAMEO 05: diplomatic cooperation: praise, recognition, agreement"),
    SIGN_AGREEMENT(ENGAGE_IN_DIPLOMATIC_COOPERATION, "a formal agreement signed (CAMEO 057)"),
    ALLIANCE_FORMED(ENGAGE_IN_DIPLOMATIC_COOPERATION, "a coalition or alliance formed or joined"),
    ENGAGE_IN_MATERIAL_COOPERATION(null, "CAMEO 06: economic, military or judicial cooperation"),
    MILITARY_COOPERATION(ENGAGE_IN_MATERIAL_COOPERATION, "joint operations or military cooperation (CAMEO 062)"),
    PROVIDE_AID(null, "CAMEO 07: economic, military or humanitarian aid"),
    YIELD(null, "CAMEO 08: restrictions or sanctions eased, forces withdrawn"),
    EASE_SANCTIONS(YIELD, "sanctions eased or suspended (CAMEO 085)"),
    WITHDRAWAL(YIELD, "a military withdrawal or demobilisation (CAMEO 087)"),
    INVESTIGATE(null, "CAMEO 09: an investigation"),
    DEMAND(null, "CAMEO 10: a demand"),
    DISAPPROVE(null, "CAMEO 11: criticism, accusation or complaint"),
    REJECT(null, "CAMEO 12: a rejection or refusal"),
    THREATEN(null, "CAMEO 13: a threat"),
    THREATEN_SANCTIONS(THREATEN, "a threat of sanctions or a boycott (CAMEO 1312)"),
    PROTEST(null, "CAMEO 14: a protest or demonstration"),
    EXHIBIT_FORCE_POSTURE(null, "CAMEO 15: a show of force, an alert or a deployment"),
    DEPLOYMENT(EXHIBIT_FORCE_POSTURE, "forces or assets deployed"),
    REDUCE_RELATIONS(null, "CAMEO 16: relations reduced or broken, aid stopped, sanctions imposed"),
    IMPOSE_SANCTIONS(REDUCE_RELATIONS, "sanctions or an embargo imposed (CAMEO 163)"),
    COERCE(null, "CAMEO 17: coercion: seizures, arrests, repression"),
    ASSAULT(null, "CAMEO 18: an unconventional attack: bombing, abduction, assassination"),
    FIGHT(null, "CAMEO 19: conventional military force used"),
    BATTLE(FIGHT, "a battle for a place"),
    MILITARY_OPERATION(FIGHT, "a military campaign or raid"),
    AIRSTRIKE(FIGHT, "air strikes (CAMEO 195)"),
    USE_UNCONVENTIONAL_MASS_VIOLENCE(null, "CAMEO 20: mass killings or weapons of mass destruction");

    private final EventKind broader;
    private final String gloss;

    EventKind(EventKind broader, String gloss) {
        this.broader = broader;
        this.gloss = gloss;
    }

    @Override
    public EventKind broader() {
        return broader;
    }

    @Override
    public String gloss() {
        return gloss;
    }
}
