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

    /**
     * True when every item of evidence gives no time for what the fact reports (each is marked {@code "undated"}):
     * the sources tell it as history or without a date, so the brief marks it as undated wherever it is drawn or
     * weighed, and does not score it as the state at the cut-off. A fact with no evidence is not undated.
     */
    default boolean undated() {
        List<Evidence> items = evidenceItems();
        return items != null && !items.isEmpty() && items.stream().allMatch(Evidence::isUndated);
    }

    /** One item as a list; no item for null (reported as missing evidence). */
    static List<Evidence> items(Evidence evidence) {
        return evidence == null ? List.of() : List.of(evidence);
    }
}
