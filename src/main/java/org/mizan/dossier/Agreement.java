package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** An understanding or track between parties, possibly sponsored or overseen by others. */
public record Agreement(String id, Text name, AgreementKind kind, List<String> parties, List<String> sponsors, List<Text> topics,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Agreement(String id, Text name, AgreementKind kind, List<String> parties, List<String> sponsors, List<Text> topics, Evidence evidence) {
        this(id, name, kind, parties, sponsors, topics, Fact.items(evidence), List.of());
    }
}
