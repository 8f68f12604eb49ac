package org.mizan.pipeline;

import java.util.ArrayList;
import java.util.List;

import org.mizan.brief.Wording;
import org.mizan.dossier.Language;
import org.mizan.problem.InputException;
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
        return warnings;
    }
}
