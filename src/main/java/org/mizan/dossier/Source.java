package org.mizan.dossier;

import java.time.LocalDate;

/** A cited document and its Admiralty source-reliability grade. */
public record Source(String id, Text publisher, Text title, LocalDate date, Text author, Language language,
                     Reliability reliability) {
}
