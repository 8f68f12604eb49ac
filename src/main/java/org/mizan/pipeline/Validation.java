package org.mizan.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mizan.brief.Wording;
import org.mizan.dossier.Language;
import org.mizan.problem.InputException;
import org.mizan.inference.EvidenceRelevance;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.problem.Problem;
import org.mizan.scenario.ScenarioFiles;

/**
 * Everything `validate` checks: the inputs a run loads (facts, hypotheses, rules, rating table, risk wording,
 * labels and templates) and every scenario file, whose problems are errors; and what still lets a brief be made
 * but leaves something out of it, as warnings.
 */
public record Validation(LoadedInputs inputs, List<Problem> warnings) {

    public Validation {
        warnings = List.copyOf(warnings);
    }

    /** Loads and checks; every error at once as an InputException. */
    public static Validation of(InputDirs dirs) {
        LoadedInputs inputs = LoadedInputs.load(dirs);
        List<Problem> problems = ScenarioFiles.check(dirs.facts().resolve("scenarios"), inputs.dossier(),
                inputs.rules().ruleNames(), inputs.rules().riskTypes());
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
        return new Validation(inputs, warnings(inputs, dirs));
    }

    /** A rule that derives findings but has no Arabic name: the Arabic brief leaves its rule line out. */
    private static List<Problem> warnings(LoadedInputs inputs, InputDirs dirs) {
        Wording arabic = inputs.templates().wording(Language.AR);
        List<Problem> warnings = new ArrayList<>();
        for (String rule : inputs.rules().findingRules()) {
            if (arabic.ruleName(rule).isEmpty()) {
                warnings.add(new Problem(inputs.rules().locate(rule), "rule \"" + rule + "\" has no Arabic name: add"
                        + " \"rule." + rule + "\": \"...\" to " + dirs.templates().resolve("ar/labels.json")
                        + " (the Arabic brief leaves its rule line out until then)"));
            }
        }
        warnings.addAll(unrelatedEvidence(inputs));
        return warnings;
    }

    /**
     * A finding that cites a fact sharing no actor, place or resource with it (ANALYSIS.md §3, rules/README.md):
     * the rules still run, but the evidence does not bear on the judgment.
     */
    private static List<Problem> unrelatedEvidence(LoadedInputs inputs) {
        Findings findings = Inference.run(inputs.rules(), inputs.dossier(), Set.of());
        return EvidenceRelevance.check(findings, inputs.dossier().factsById()).stream()
                .map(u -> new Problem(inputs.rules().locate(u.rule()), "rule \"" + u.rule() + "\" cites fact \""
                        + u.fact() + "\" under " + u.finding() + ", which shares no actor, place or resource with it:"
                        + " drop it, or name its kind in the rule's @context(...) if it is background"))
                .toList();
    }
}
