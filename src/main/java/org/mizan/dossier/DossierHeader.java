package org.mizan.dossier;

/**
 * What a dossier is about: its id and bilingual title, written once as {@code "dossier": {...}} in a fact file.
 * {@code currency} is the analyst's short "currency and gaps" note (what the dossier does not cover, what may have
 * changed since its information cut-off); optional.
 */
public record DossierHeader(String id, Text title, Text currency) {

    public DossierHeader(String id, Text title) {
        this(id, title, null);
    }
}
