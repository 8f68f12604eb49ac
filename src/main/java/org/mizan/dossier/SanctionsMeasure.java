package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A step of sanctions relief: where it applies and what it is conditional on (actor ids). */
public record SanctionsMeasure(String id, Text name, SanctionsStep step, Text area, List<String> conditionalOn,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public SanctionsMeasure(String id, Text name, SanctionsStep step, Text area, List<String> conditionalOn, Evidence evidence) {
        this(id, name, step, area, conditionalOn, Fact.items(evidence), List.of());
    }
}
