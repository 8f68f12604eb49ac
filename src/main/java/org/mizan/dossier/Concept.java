package org.mizan.dossier;

import java.util.Locale;

/**
 * One kind of a shipped vocabulary, SKOS-style: it may have a broader kind, and rules match a broad kind so that
 * every narrower one (shipped, or declared by a dossier under {@code "kinds"}) matches with it. Implemented by the
 * vocabulary enums ({@link SupportType}, {@link EventKind}, ...); {@link #gloss()} is what the kind covers, for the
 * rule author's reference.
 */
public interface Concept {

    /** The broader kind, or null for a top kind of its scheme. */
    Concept broader();

    /** What the kind covers, in a phrase. */
    String gloss();

    String name();

    /** Whether this kind is {@code other} or lies beneath it. */
    default boolean isA(Concept other) {
        for (Concept c = this; c != null; c = c.broader()) {
            if (c == other) {
                return true;
            }
        }
        return false;
    }

    /** The kind as fact files write it: {@code arms_sale}. */
    default String term() {
        return name().toLowerCase(Locale.ROOT);
    }
}
