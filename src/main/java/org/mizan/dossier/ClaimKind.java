package org.mizan.dossier;

/** What sort of statement a claim is. JSON: lower snake case. */
public enum ClaimKind {
    OFFICIAL_DENIAL, FIELD_INDICATOR, PURPOSE, RESOURCE_SHARE, ASSESSMENT
}
