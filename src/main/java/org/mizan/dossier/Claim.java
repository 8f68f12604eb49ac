package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** A statement about some subject (a fact or actor id): an official denial, field indicators, an assessment. {@code by} is who says it, if anyone. */
public record Claim(String id, String subject, Term<ClaimKind> kind, String by, Text statement,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Claim(String id, String subject, ClaimKind kind, String by, Text statement, Evidence evidence) {
        this(id, subject, Term.of(kind), by, statement, Fact.items(evidence), List.of());
    }
}
