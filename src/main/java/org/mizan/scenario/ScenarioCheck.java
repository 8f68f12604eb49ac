package org.mizan.scenario;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.DossierValidator;
import org.mizan.dossier.Element;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Locator;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * Checks that a scenario leaves a dossier that still validates: an added fact must be complete, and a removed
 * actor must not leave references behind. Problems in what the scenario wrote point into the scenario file;
 * problems it causes in the baseline's facts point at those facts and name the scenario.
 */
final class ScenarioCheck {

    private final Scenario scenario;
    private final Map<String, Element> written;

    ScenarioCheck(Scenario scenario, Map<String, Element> written) {
        this.scenario = scenario;
        this.written = Map.copyOf(written);
    }

    void validate(Dossier baseline) {
        Dossier changed = scenario.apply(baseline);
        Locator inScenario = (record, pointer) -> record instanceof Fact f && written.containsKey(f.id())
                ? Optional.of(written.get(f.id()).at(pointer)) : Optional.empty();
        Set<Problem> already = Set.copyOf(DossierValidator.validate(baseline));
        List<Problem> problems = new DossierValidator(inScenario.orElse(Locator.ofOrigins(changed)), Set.of())
                .check(changed).stream()
                .filter(p -> !already.contains(p))
                .map(this::attributed)
                .toList();
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    private Problem attributed(Problem p) {
        return p.where().file().equals(scenario.file()) ? p
                : new Problem(p.where(), p.message() + " (after scenario " + scenario.file() + ")");
    }
}
