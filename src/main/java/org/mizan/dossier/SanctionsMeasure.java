package org.mizan.dossier;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A step of a sanctions measure: who takes it ({@code by}) against whom ({@code target}), where it applies, what it
 * is conditional on (actor ids), and the date it runs to ({@code deadline}, ISO, as precise as the source), if any.
 * {@code by} and {@code target} may be absent where the source does not say.
 */
public record SanctionsMeasure(String id, Text name, Term<SanctionsStep> step, Text area, List<String> conditionalOn,
        @JsonProperty("evidence") @JsonFormat(with = {JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY,
                JsonFormat.Feature.WRITE_SINGLE_ELEM_ARRAYS_UNWRAPPED}) List<Evidence> evidenceItems,
        List<String> supersedes, String by, String target, String deadline) implements Fact {

    /** A measure whose imposer, target and end date the dossier does not name. */
    public SanctionsMeasure(String id, Text name, Term<SanctionsStep> step, Text area, List<String> conditionalOn,
                            List<Evidence> evidenceItems, List<String> supersedes) {
        this(id, name, step, area, conditionalOn, evidenceItems, supersedes, null, null, null);
    }

    /** A fact with one item of evidence that overtakes nothing. */
    public SanctionsMeasure(String id, Text name, SanctionsStep step, Text area, List<String> conditionalOn, Evidence evidence) {
        this(id, name, Term.of(step), area, conditionalOn, Fact.items(evidence), List.of());
    }
}
