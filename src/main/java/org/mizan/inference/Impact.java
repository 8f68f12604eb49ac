package org.mizan.inference;

/** Impact on a five-step scale, 1 (minor) to 5 (severe). */
public enum Impact {
    MINOR,
    MODERATE,
    SIGNIFICANT,
    MAJOR,
    SEVERE;

    public int level() {
        return ordinal() + 1;
    }
}
