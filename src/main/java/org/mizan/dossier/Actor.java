package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A state, coalition, armed force, government body or group. {@code partOf} names the actor it belongs to, if any.
 * {@code shortName} is how analysts write it after the first mention ("the coalition", «قسد»); optional.
 */
public record Actor(String id, Text name, Term<ActorKind> kind, String partOf, Text description,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes, Text shortName) implements Fact {

    /** An actor with one item of evidence that overtakes nothing. */
    public Actor(String id, Text name, ActorKind kind, String partOf, Text description, Evidence evidence,
                 Text shortName) {
        this(id, name, Term.of(kind), partOf, description, Fact.items(evidence), List.of(), shortName);
    }

    /** An actor without a short form: the brief repeats its full name. */
    public Actor(String id, Text name, ActorKind kind, String partOf, Text description, Evidence evidence) {
        this(id, name, kind, partOf, description, evidence, null);
    }
}
