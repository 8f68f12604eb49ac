package org.mizan.inference;

import java.util.List;

import org.mizan.dossier.Text;

/**
 * A graded risk as the brief and findings.json carry it: what could go wrong, how likely, how bad, how sure we
 * are and why. {@code confidenceReasons} says what raised or lowered confidence (sources, grades, denials).
 */
public record RiskJudgment(String id, String type, Text title, Text summary, String category,
                           Likelihood likelihood, Impact impact, Rating rating, Confidence confidence,
                           List<Text> confidenceReasons, List<Text> indicators, List<Text> assumptions,
                           String rule, List<String> because) implements Finding {

    public RiskJudgment {
        confidenceReasons = List.copyOf(confidenceReasons);
        indicators = List.copyOf(indicators);
        assumptions = List.copyOf(assumptions);
        because = List.copyOf(because);
    }
}
