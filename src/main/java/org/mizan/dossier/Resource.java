package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * An economic asset such as an oil field: who controls it and who protects it (actor ids, either may be null);
 * optionally its approximate position, for the schematic map.
 */
public record Resource(String id, Text name, Term<ResourceKind> kind, String controller, String protector,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes, Position approxPosition) implements Fact {

    /** A fact without a position. */
    public Resource(String id, Text name, Term<ResourceKind> kind, String controller, String protector,
                    List<Evidence> evidenceItems, List<String> supersedes) {
        this(id, name, kind, controller, protector, evidenceItems, supersedes, null);
    }

    /** A fact with one item of evidence that overtakes nothing. */
    public Resource(String id, Text name, ResourceKind kind, String controller, String protector, Evidence evidence) {
        this(id, name, Term.of(kind), controller, protector, Fact.items(evidence), List.of(), null);
    }
}
