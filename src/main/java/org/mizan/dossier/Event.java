package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A dated event. {@code date} is ISO, as precise as the source: 2014, 2014-09 or 2014-09-10; {@code dateInferred}
 * marks a date the source does not give (the analyst's reading of "then", "after"). {@code after} names the events
 * the source says this one followed, so a timeline of imprecise dates keeps the source's order.
 */
public record Event(String id, String date, Text title, Term<EventKind> kind, List<String> actors, Boolean dateInferred, List<String> after,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Event(String id, String date, Text title, EventKind kind, List<String> actors, Evidence evidence) {
        this(id, date, title, Term.of(kind), actors, null, List.of(), Fact.items(evidence), List.of());
    }

    /** Whether the date is the analyst's reading rather than the source's (absent: the source gives it). */
    public boolean inferredDate() {
        return Boolean.TRUE.equals(dateInferred);
    }
}
