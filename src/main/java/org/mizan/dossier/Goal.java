package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** What an actor seeks from another (e.g. the transitional government from the coalition). */
public record Goal(String id, String actor, String target, Term<GoalKind> kind, Text detail,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Goal(String id, String actor, String target, GoalKind kind, Text detail, Evidence evidence) {
        this(id, actor, target, Term.of(kind), detail, Fact.items(evidence), List.of());
    }
}
