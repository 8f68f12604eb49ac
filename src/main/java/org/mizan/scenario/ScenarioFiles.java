package org.mizan.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mizan.dossier.Dossier;
import org.mizan.inference.RuleBase;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/** Every scenario of a folder loaded and applied, as validate does: all their problems at once. */
public final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** The problems of every scenario in {@code scenariosDir}; none when all load and apply to the dossier. */
    public static List<Problem> check(Path scenariosDir, Dossier baseline, RuleBase rules) {
        List<Problem> problems = new ArrayList<>();
        for (Path file : ScenarioLoader.files(scenariosDir)) {
            try {
                ScenarioLoader.load(file, baseline, rules).apply(baseline);
            } catch (InputException e) {
                problems.addAll(e.problems());
            }
        }
        return problems;
    }
}
