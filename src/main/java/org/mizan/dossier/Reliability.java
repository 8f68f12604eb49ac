package org.mizan.dossier;

/** Admiralty (NATO) source-reliability grade. */
public enum Reliability {
    A, // completely reliable
    B, // usually reliable
    C, // fairly reliable
    D, // not usually reliable
    E, // unreliable
    F  // reliability cannot be judged
}
