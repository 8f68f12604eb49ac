package org.mizan.dossier;

import java.time.LocalDate;

/**
 * The header of an update folder, written once as {@code "update": {...}} in one of its fact files: an update adds
 * the facts of news that came after a dossier's cut-off to that dossier ({@code of}, its id), so that the brief can
 * be brought up to date without editing the files of the earlier brief. {@code currency} and {@code currencyAsOf}
 * (optional) replace the dossier's currency note and the cut-off it was written for; the update's sources move the
 * cut-off itself, as any cited source does. {@code title} and {@code thesis} (optional) replace the brief's title
 * and the analyst's thesis, written for the news the update brings; the reader and the "so what"s stay the dossier's.
 */
public record UpdateHeader(String of, Text currency, LocalDate currencyAsOf, Text title, Text thesis) {
}
