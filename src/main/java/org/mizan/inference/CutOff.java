package org.mizan.inference;

import java.time.LocalDate;

/**
 * The information cut-off of the dossier a session reasons on (the newest source a fact cites), in working memory
 * once, so that a rule can tell a date that has passed from one still ahead: {@code CutOff(passed(deadline))}.
 */
public record CutOff(LocalDate date) {

    /** The id it is held under in a session. */
    public static final String ID = "#cut-off";

    /** Whether a date as precise as its source ({@code 2025}, {@code 2025-12}, {@code 2025-12-31}) ended before it. */
    public boolean passed(String partialDate) {
        return date != null && partialDate != null && Observables.end(partialDate).isBefore(date);
    }
}
