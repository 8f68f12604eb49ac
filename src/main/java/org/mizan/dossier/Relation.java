package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A standing relation between two actors, read as: subject KIND object. */
public record Relation(String id, String subject, String object, Term<RelationKind> kind, Text detail,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Relation(String id, String subject, String object, RelationKind kind, Text detail, Evidence evidence) {
        this(id, subject, object, Term.of(kind), detail, Fact.items(evidence), List.of());
    }
}
