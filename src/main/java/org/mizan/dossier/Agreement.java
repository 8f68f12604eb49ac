package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An agreement, or a track negotiating one, between parties, possibly sponsored or overseen by others.
 * {@code status} is where it stands (absent: the source does not say); {@code deadline} an ISO date, as precise as
 * the source (2026, 2026-03 or 2026-03-31), by which a party must act or the agreement lapses, if any.
 */
public record Agreement(String id, Text name, Term<AgreementKind> kind, List<String> parties, List<String> sponsors,
        List<Text> topics,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes, Term<AgreementStatus> status, String deadline) implements Fact {

    /** An agreement whose status and deadline the source does not give. */
    public Agreement(String id, Text name, Term<AgreementKind> kind, List<String> parties, List<String> sponsors,
                     List<Text> topics, List<Evidence> evidenceItems, List<String> supersedes) {
        this(id, name, kind, parties, sponsors, topics, evidenceItems, supersedes, null, null);
    }

    /** A fact with one item of evidence that overtakes nothing. */
    public Agreement(String id, Text name, AgreementKind kind, List<String> parties, List<String> sponsors,
                     List<Text> topics, Evidence evidence) {
        this(id, name, Term.of(kind), parties, sponsors, topics, Fact.items(evidence), List.of());
    }
}
