package org.mizan.inference;

import java.util.List;

import org.mizan.dossier.Text;

/**
 * A contingency's trigger as the brief states it: the event in words, the competing hypothesis it belongs to
 * ({@code hypothesisTrend}, a trend name of facts/hypotheses.json, or null), and what the dossier says of it (the
 * ids of the facts for and against). The ACH standing of the hypothesis is looked up where ACH is run.
 */
public record TriggerAssessment(Text event, String hypothesisTrend, TriggerStance stance, List<String> supporting,
                                List<String> opposing) {

    public TriggerAssessment {
        supporting = List.copyOf(supporting);
        opposing = List.copyOf(opposing);
    }
}
