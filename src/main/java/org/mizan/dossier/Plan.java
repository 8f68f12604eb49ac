package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A plan or intended arrangement, with the actors involved and its horizon (ISO date, may be partial). */
public record Plan(String id, Text title, Term<PlanKind> kind, List<String> actors, String horizon,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Plan(String id, Text title, PlanKind kind, List<String> actors, String horizon, Evidence evidence) {
        this(id, title, Term.of(kind), actors, horizon, Fact.items(evidence), List.of());
    }
}
