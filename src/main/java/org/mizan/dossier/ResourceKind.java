package org.mizan.dossier;

/** Kinds of economic asset. JSON: lower snake case. */
public enum ResourceKind {
    OIL_FIELD
}
