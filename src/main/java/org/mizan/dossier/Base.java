package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A military base or point: who operates it, what it is for, and whether it exists yet; optionally its approximate
 * position, for the schematic map.
 */
public record Base(String id, Text name, Text location, String operator, Term<BaseRole> role, Term<BaseStatus> status,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes, Position approxPosition) implements Fact {

    /** A fact without a position. */
    public Base(String id, Text name, Text location, String operator, Term<BaseRole> role, Term<BaseStatus> status,
                List<Evidence> evidenceItems, List<String> supersedes) {
        this(id, name, location, operator, role, status, evidenceItems, supersedes, null);
    }

    /** A fact with one item of evidence that overtakes nothing. */
    public Base(String id, Text name, Text location, String operator, BaseRole role, BaseStatus status, Evidence evidence) {
        this(id, name, location, operator, Term.of(role), Term.of(status), Fact.items(evidence), List.of(), null);
    }
}
