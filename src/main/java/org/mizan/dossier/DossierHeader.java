package org.mizan.dossier;

/** What a dossier is about: its id and bilingual title, written once as {@code "dossier": {...}} in a fact file. */
public record DossierHeader(String id, Text title) {
}
