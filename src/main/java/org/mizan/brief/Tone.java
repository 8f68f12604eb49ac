package org.mizan.brief;

/** A colour role for a cell or mark, e.g. a risk's rating; renderers pick the actual colours. */
public enum Tone {
    NEUTRAL,
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL
}
