package org.mizan.compare;

import java.util.Locale;

import org.mizan.dossier.Dossier;
import org.mizan.inference.Dependency;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;
import org.mizan.scenario.RiskActors;

/**
 * What makes a finding "the same" across two runs. Ids name the facts matched, so they change when a scenario
 * swaps a fact; a risk is instead keyed by its type and the actors it concerns ({@link RiskActors}), a dependency
 * by dependent, provider and kind.
 */
public record FindingKey(String kind, String value) {

    public static FindingKey of(Dependency d) {
        return new FindingKey("dependency", d.dependent() + " -> " + d.provider() + " (" + d.kind().name().toLowerCase(Locale.ROOT) + ")");
    }

    public static FindingKey of(RiskJudgment risk, Findings findings, Dossier dossier) {
        return new FindingKey("risk", risk.type() + " " + RiskActors.of(risk, findings, dossier));
    }

    public static FindingKey of(Finding f, Findings findings, Dossier dossier) {
        return f instanceof Dependency d ? of(d) : of((RiskJudgment) f, findings, dossier);
    }

    @Override
    public String toString() {
        return kind + " " + value;
    }
}
