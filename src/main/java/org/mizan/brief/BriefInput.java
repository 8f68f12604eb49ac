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
 * {@code since} is the earlier brief this one is made since ({@link Since#NONE} if none); {@code numbering} the
 * numbers of its labels, computed once for every language (null: each brief computes them).
 */
public record BriefInput(Dossier dossier, Findings findings, String factsDigest, String rulesDigest,
                         String templatesDigest, String mizanVersion, ScenarioNote scenario,
                         Sensitivity sensitivity, AchResult ach, Since since, Numbering numbering) {

    /** Made on its own, not since an earlier brief. */
    public BriefInput(Dossier dossier, Findings findings, String factsDigest, String rulesDigest,
                      String templatesDigest, String mizanVersion, ScenarioNote scenario,
                      Sensitivity sensitivity, AchResult ach) {
        this(dossier, findings, factsDigest, rulesDigest, templatesDigest, mizanVersion, scenario, sensitivity, ach,
                Since.NONE, null);
    }

    /** The same brief made since an earlier one, its labels numbered {@code numbering}. */
    public BriefInput since(Since earlier, Numbering numbers) {
        return new BriefInput(dossier, findings, factsDigest, rulesDigest, templatesDigest, mizanVersion, scenario,
                sensitivity, ach, earlier, numbers);
    }

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
        Objects.requireNonNull(since, "since");
    }
}
