package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A hostile actor's standing presence somewhere. */
public record Threat(String id, String actor, Text area, Term<ThreatStatus> status,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Threat(String id, String actor, Text area, ThreatStatus status, Evidence evidence) {
        this(id, actor, area, Term.of(status), Fact.items(evidence), List.of());
    }
}
