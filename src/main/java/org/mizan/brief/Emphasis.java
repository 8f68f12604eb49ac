package org.mizan.brief;

/** How a span is set. */
public enum Emphasis {
    NONE,
    BOLD,
    ITALIC
}
