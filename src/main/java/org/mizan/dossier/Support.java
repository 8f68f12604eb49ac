package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/** Something one actor gives another: the raw material of dependencies. */
public record Support(String id, String provider, String recipient, Term<SupportType> type, Text detail,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes) implements Fact {

    /** A fact with one item of evidence that overtakes nothing. */
    public Support(String id, String provider, String recipient, SupportType type, Text detail, Evidence evidence) {
        this(id, provider, recipient, Term.of(type), detail, Fact.items(evidence), List.of());
    }
}
