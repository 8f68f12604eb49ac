package org.mizan.pipeline;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mizan.brief.BriefBuilder;
import org.mizan.brief.BriefInput;
import org.mizan.brief.Wording;
import org.mizan.dossier.CurrencyCheck;
import org.mizan.dossier.Language;
import org.mizan.inference.EvidenceRelevance;
import org.mizan.inference.Findings;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.scenario.ScenarioFiles;
import org.mizan.scenario.ScenarioLoader;

/**
 * Everything `validate` checks: the inputs a run loads (facts, hypotheses, rules, rating table, risk wording,
 * labels and templates) and every scenario file, whose problems are errors; and what still lets a brief be made
 * but leaves something out of it, as warnings.
 *
 * <p>"ok" means generate will succeed, for the baseline and for every scenario: so validate does what
 * {@code generate} (and {@code generate --scenario NAME}) does short of rendering and writing, in the same order,
 * and its first error is the one generate would stop at. Loading alone misses what fails only when the rules run
 * (a consequence that throws, a runaway rule, a finding about an id the dossier lacks), what fails only in the
 * analyses the brief rests on or in the brief's model, and all of that again for a scenario's dossier.
 */
public record Validation(LoadedInputs inputs, List<Problem> warnings) {

    public Validation {
        warnings = List.copyOf(warnings);
    }

    /** Loads and checks; the load's problems at once, else the first a run would stop at, as an InputException. */
    public static Validation of(InputDirs dirs) {
        LoadedInputs inputs = LoadedInputs.load(dirs);
        Analysis baseline = Analysis.baseline(inputs);
        checkRun(inputs, baseline);
        requireScenarioFiles(inputs, dirs);
        for (Path file : ScenarioLoader.files(dirs.facts().resolve("scenarios"))) {
            checkRun(inputs, Analysis.of(inputs, dirs.facts(), ScenarioLoader.nameOf(file)));
        }
        return new Validation(inputs, warnings(inputs, baseline.findings()));
    }

    /**
     * Every scenario file loads and applies to the dossier: also checked when generate makes the baseline, which
     * does not use them, so that a broken scenario is found the day it breaks, not the day it is needed
     * (facts/scenarios/README.md). An InputException with all their problems.
     */
    public static void requireScenarioFiles(LoadedInputs inputs, InputDirs dirs) {
        Path folder = dirs.facts().resolve("scenarios");
        List<Problem> problems = new ArrayList<>(badNames(ScenarioLoader.files(folder)));
        problems.addAll(ScenarioFiles.check(folder, inputs.dossier(), inputs.rules()));
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /**
     * What generate does with an analysis before it renders: the analyses of what the judgments hinge on, both
     * languages' document model, findings.json and the comparison with the baseline it prints.
     */
    private static void checkRun(LoadedInputs inputs, Analysis analysis) {
        BriefInput input = Generation.briefInput(inputs, new Generation.Subject(analysis.dossier(),
                analysis.findings(), analysis.name(), analysis.note(), analysis.rulesOff()));
        for (Language language : Language.values()) {
            BriefBuilder.build(input, language, inputs.templates());
        }
        FindingsJson.write(analysis.dossier().id(), analysis.name(), analysis.findings(),
                new InputDigests(input.factsDigest(), input.rulesDigest(), input.templatesDigest()),
                input.mizanVersion(), input.sensitivity(), input.ach());
        if (analysis.scenario() != null) {
            analysis.diffFromBaseline().summary();
        }
    }

    /**
     * A scenario file whose name generate --scenario refuses (a space, a leading dot): it could never be run.
     */
    private static List<Problem> badNames(List<Path> files) {
        List<Problem> problems = new ArrayList<>();
        for (Path file : files) {
            if (!Analysis.isScenarioName(ScenarioLoader.nameOf(file))) {
                problems.add(Analysis.badName(file));
            }
        }
        return problems;
    }

    /** What lets the briefs be made but weakens them: evidence that does not bear on its finding, a stale note. */
    private static List<Problem> warnings(LoadedInputs inputs, Findings findings) {
        List<Problem> warnings = new ArrayList<>();
        warnings.addAll(unrelatedEvidence(inputs, findings));
        warnings.addAll(CurrencyCheck.warnings(inputs.dossier()));
        return warnings;
    }

    /**
     * A finding that cites a fact sharing no actor, place or resource with it (rules/README.md):
     * the rules still run, but the evidence does not bear on the judgment.
     */
    private static List<Problem> unrelatedEvidence(LoadedInputs inputs, Findings findings) {
        return EvidenceRelevance.check(findings, inputs.dossier().factsById()).stream()
                .map(u -> new Problem(inputs.rules().locate(u.rule()), "rule \"" + u.rule() + "\" cites fact \""
                        + u.fact() + "\" under " + u.finding() + ", which shares no actor, place or resource with it:"
                        + " drop it, or name its kind in the rule's @context(...) if it is background"))
                .toList();
    }
}
