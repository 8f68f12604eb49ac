package org.mizan.hinge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How the findings respond to taking away each fact and each rule: the linchpins of the brief. Both lists are
 * ranked, heaviest first (ties by id), and hold only what changed anything. {@code millis} is how long the
 * analysis took, for the command's report. {@code bound} is null when the analysis was exact (every fact of the
 * dossier taken away in turn); above {@link SensitivityAnalysis#EXACT_LIMIT} facts it says what it was bounded to.
 */
public record Sensitivity(List<Impact> facts, List<Impact> rules, long millis, Bound bound) {

    /**
     * The analysis was bounded to the facts the {@code judgments} gravest judgments rest on: {@code factsTested} of
     * the dossier's {@code factsInDossier}, taken away within that part of the dossier.
     */
    public record Bound(int judgments, int factsTested, int factsInDossier) {
    }

    /** An exact analysis. */
    public Sensitivity(List<Impact> facts, List<Impact> rules, long millis) {
        this(facts, rules, millis, null);
    }

    public boolean bounded() {
        return bound != null;
    }

    static final Comparator<Impact> HEAVIEST_FIRST = Comparator.comparingInt(Impact::weight).reversed()
            .thenComparing(Impact::removed);

    public Sensitivity {
        facts = facts.stream().filter(Impact::matters).sorted(HEAVIEST_FIRST).toList();
        rules = rules.stream().filter(Impact::matters).sorted(HEAVIEST_FIRST).toList();
    }

    /** No analysis (a brief built without one): every section that needs it is left out. */
    public static Sensitivity none() {
        return new Sensitivity(List.of(), List.of(), 0);
    }

    /**
     * For every risk that has any, the facts without which it would not stand, heaviest first: one pass over the
     * impacts, for callers that ask about every risk (a search per risk is quadratic in a large dossier).
     */
    public Map<String, List<String>> linchpinsByRisk() {
        Map<String, List<String>> byRisk = new HashMap<>();
        for (Impact impact : facts) {
            impact.risks(ChangeKind.LOST).stream().distinct()
                    .forEach(r -> byRisk.computeIfAbsent(r, k -> new ArrayList<>()).add(impact.removed()));
        }
        return byRisk;
    }

    /** The facts without which the risk {@code riskId} would not stand, heaviest first. */
    public List<String> linchpinsOf(String riskId) {
        return linchpinsByRisk().getOrDefault(riskId, List.of());
    }

    /** The facts whose loss would bring down at least one risk, heaviest first. */
    public List<Impact> linchpins() {
        return facts.stream().filter(i -> !i.risks(ChangeKind.LOST).isEmpty()).toList();
    }
}
