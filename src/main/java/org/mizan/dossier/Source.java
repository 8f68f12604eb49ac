package org.mizan.dossier;

import java.time.LocalDate;

/**
 * A cited document and its Admiralty source-reliability grade. {@code paragraphs} is how many paragraphs the
 * document has under its numbering, so citations can be checked against it; 0 means "not declared".
 */
public record Source(String id, Text publisher, Text title, LocalDate date, Text author, Language language,
                     Reliability reliability, int paragraphs) {

    /** A source that does not declare its paragraph count (citations are then only checked to be positive). */
    public Source(String id, Text publisher, Text title, LocalDate date, Text author, Language language,
                  Reliability reliability) {
        this(id, publisher, title, date, author, language, reliability, 0);
    }
}
