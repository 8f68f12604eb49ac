package org.mizan.dossier;

/** A name or phrase in both languages; Arabic as the source has it. */
public record Text(String en, String ar) {

    public String in(Language language) {
        return language == Language.AR ? ar : en;
    }
}
