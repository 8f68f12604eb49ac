package org.mizan.web;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mizan.inference.Findings;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.problem.Problem;
import org.mizan.scenario.Scenario;

/**
 * The last good state of the inputs, with the baseline findings computed once, and the problems of the newest
 * attempt to load them (empty when the files on disk are good). The page shows the problems above a view that
 * still comes from the last good inputs, so a half-typed rule never blanks the analyst's screen.
 * {@code rulesRetired} is set when newer rules compiled but failed while running: the workbench has then let go
 * of these rules, so the last good findings can still be read and downloaded, but no new what-if can run.
 */
record Snapshot(LoadedInputs inputs, Findings baseline, Map<String, Scenario> scenarios, List<Problem> problems,
                boolean rulesRetired) {

    Snapshot {
        // Sorted by name, so the page lists them in one order on every run (Map.copyOf's order changes per JVM).
        scenarios = Collections.unmodifiableSortedMap(new TreeMap<>(scenarios));
        problems = List.copyOf(problems);
    }

    Snapshot withProblems(List<Problem> newProblems) {
        return new Snapshot(inputs, baseline, scenarios, newProblems, rulesRetired);
    }

    Snapshot retired(List<Problem> newProblems) {
        return new Snapshot(inputs, baseline, scenarios, newProblems, true);
    }
}
