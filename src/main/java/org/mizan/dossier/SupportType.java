package org.mizan.dossier;

/** The kinds of support the article names. JSON: lower snake case. */
public enum SupportType {
    TRAINING_AND_ARMS, FUNDING, SURVEILLANCE_EQUIPMENT, OILFIELD_PROTECTION, AIR_SUPPORT, SUPPLY_CONVOYS
}
