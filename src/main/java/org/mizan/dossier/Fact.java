package org.mizan.dossier;

import java.util.List;

/**
 * Anything the dossier asserts: it has a stable id and cites its evidence, one or more items, each from its own
 * source. {@code supersedes} names the facts this one overtakes: they stay in the dossier as history (see
 * {@link Dossier#current()}). Facts are immutable records.
 */
public interface Fact {

    String id();

    /** Every item of evidence, as written; the first is the lead item. Written as {@code "evidence"}. */
    List<Evidence> evidenceItems();

    /** Ids of the facts this one overtakes (a later state of the same thing); empty for most facts. */
    List<String> supersedes();

    /**
     * The lead item of evidence (the first written), or null if there is none: what a single-source view of the
     * fact shows. {@link Corroboration} weighs all items.
     */
    default Evidence evidence() {
        List<Evidence> items = evidenceItems();
        return items == null || items.isEmpty() ? null : items.get(0);
    }

    /** One item as a list; no item for null (reported as missing evidence). */
    static List<Evidence> items(Evidence evidence) {
        return evidence == null ? List.of() : List.of(evidence);
    }
}
