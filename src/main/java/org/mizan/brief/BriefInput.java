package org.mizan.brief;

import java.util.Objects;

import org.mizan.ach.AchResult;
import org.mizan.dossier.Dossier;
import org.mizan.hinge.Sensitivity;
import org.mizan.inference.Findings;

/**
 * Everything a brief is built from. The digests and version go into the method note and the document id, so a
 * reader can tell which facts, rules and templates produced it. {@code scenario} is null for the baseline.
 * {@code sensitivity} and {@code ach} feed the sections on what the judgments hinge on; empty ones leave them out.
 */
public record BriefInput(Dossier dossier, Findings findings, String factsDigest, String rulesDigest,
                         String templatesDigest, String mizanVersion, ScenarioNote scenario,
                         Sensitivity sensitivity, AchResult ach) {

    /** Without the analyses of what the judgments hinge on: the brief then leaves those sections out. */
    public BriefInput(Dossier dossier, Findings findings, String factsDigest, String rulesDigest,
                      String templatesDigest, String mizanVersion, ScenarioNote scenario) {
        this(dossier, findings, factsDigest, rulesDigest, templatesDigest, mizanVersion, scenario,
                Sensitivity.none(), AchResult.none());
    }

    public BriefInput {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(factsDigest, "factsDigest");
        Objects.requireNonNull(rulesDigest, "rulesDigest");
        Objects.requireNonNull(templatesDigest, "templatesDigest");
        Objects.requireNonNull(mizanVersion, "mizanVersion");
        Objects.requireNonNull(sensitivity, "sensitivity");
        Objects.requireNonNull(ach, "ach");
    }
}
