package org.mizan.inference;

import java.util.List;

import org.mizan.dossier.Text;

/**
 * A signpost of a judgment that the dossier shows: the indicator's wording (null for the type's "settledBy"), the facts
 * that show it (newest first; a signpost moves its judgment once however many facts show it), the newest fact's date
 * (as precise as its source: an event's own date, otherwise the date of the source that reports it) and that source,
 * and what it does to the judgment: {@code steps} up or down, or {@code settles} (the forecast event is reported).
 */
public record Observation(Text indicator, List<String> facts, String date, String source, int steps,
                          boolean settles) {

    public Observation {
        facts = List.copyOf(facts);
    }

    /** The newest fact that shows the signpost, the one the brief cites. */
    public String fact() {
        return facts.get(0);
    }
}
