package org.mizan.brief;

import java.util.Objects;

import org.mizan.dossier.Dossier;
import org.mizan.inference.Findings;

/**
 * Everything a brief is built from. The digests and version go into the method note and the document id, so a
 * reader can tell which facts, rules and templates produced it. {@code scenario} is null for the baseline.
 */
public record BriefInput(Dossier dossier, Findings findings, String factsDigest, String rulesDigest,
                         String templatesDigest, String mizanVersion, ScenarioNote scenario) {

    public BriefInput {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(findings, "findings");
        Objects.requireNonNull(factsDigest, "factsDigest");
        Objects.requireNonNull(rulesDigest, "rulesDigest");
        Objects.requireNonNull(templatesDigest, "templatesDigest");
        Objects.requireNonNull(mizanVersion, "mizanVersion");
    }
}
