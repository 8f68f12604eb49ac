package org.mizan.brief;

/** What a paragraph is for; each renderer maps a role to its own style. */
public enum ParagraphRole {
    BODY,
    /** The bottom line up front: set apart, slightly larger. */
    LEAD,
    KEY_JUDGMENT,
    NOTE,
    SMALL
}
