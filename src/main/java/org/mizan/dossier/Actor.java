package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A state, coalition, armed force, government body or group. {@code partOf} names the actor it belongs to, if any. */
public record Actor(String id, Text name, ActorKind kind, String partOf, Text description,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Actor(String id, Text name, ActorKind kind, String partOf, Text description, Evidence evidence) {
        this(id, name, kind, partOf, description, Fact.items(evidence), List.of());
    }
}
