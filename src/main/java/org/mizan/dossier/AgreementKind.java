package org.mizan.dossier;

/** Kinds of agreement. JSON: lower snake case. */
public enum AgreementKind {
    UNDERSTANDING, SECURITY_TRACK, TRUCE, BORDER_AGREEMENT, POLITICAL_DECLARATION
}
