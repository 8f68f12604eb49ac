package org.mizan.scenario;

import java.util.Comparator;
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
import org.mizan.problem.SourceLocation;

/**
 * Checks that a scenario leaves a dossier that still validates: an added fact must be complete, and a removed
 * actor must not leave references behind. Problems in what the scenario wrote point into the scenario file;
 * problems it causes in the baseline's facts point at those facts and name the scenario.
 */
final class ScenarioCheck {

    private final Scenario scenario;
    private final Map<String, Element> written;
    private final Map<String, SourceLocation> removedAt;

    ScenarioCheck(Scenario scenario, Map<String, Element> written, Map<String, SourceLocation> removedAt) {
        this.scenario = scenario;
        this.written = Map.copyOf(written);
        this.removedAt = Map.copyOf(removedAt);
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
                .sorted(Comparator.comparing((Problem p) -> p.where().file())
                        .thenComparingInt(p -> p.where().line()).thenComparingInt(p -> p.where().column()))
                .toList();
        if (!problems.isEmpty()) {
            throw new InputException(problems);
        }
    }

    /** A problem in a baseline fact is the scenario's doing: say which removal left it, or at least which scenario. */
    private Problem attributed(Problem p) {
        if (p.where().file().equals(scenario.file())) {
            return p;
        }
        String cause = removedAt.entrySet().stream().filter(r -> p.message().contains("\"" + r.getKey() + "\""))
                .map(r -> "\"" + r.getKey() + "\" is removed at " + r.getValue()).findFirst()
                .orElse("after scenario " + scenario.file());
        return new Problem(p.where(), p.message() + " (" + cause + ")");
    }
}
