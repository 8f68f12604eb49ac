package org.mizan.inference;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything the rules inferred from one dossier, in a stable order (risks by rating then likelihood, highest
 * first, a vulnerability after the risks of its rating; dependencies by dependent, provider, kind), so the same inputs always give the same output.
 */
public record Findings(List<Dependency> dependencies, List<RiskJudgment> risks) {

    /** The order of dependencies: by dependent, provider, kind, then id. */
    public static final Comparator<Dependency> DEPENDENCY_ORDER = Comparator.comparing(Dependency::dependent)
            .thenComparing(Dependency::provider).thenComparing(Dependency::kind).thenComparing(Dependency::id);
    /** The order of risks: highest rating first, then highest likelihood (a vulnerability, which has none, after a risk, then by id. */
    public static final Comparator<RiskJudgment> RISK_ORDER = Comparator.comparing(RiskJudgment::rating)
            .thenComparing(RiskJudgment::likelihood, Comparator.nullsFirst(Comparator.naturalOrder())).reversed()
            .thenComparing(RiskJudgment::id);

    public Findings {
        dependencies = List.copyOf(dependencies);
        risks = List.copyOf(risks);
    }

    public Optional<Finding> find(String id) {
        return Stream.<Finding>concat(dependencies.stream(), risks.stream())
                .filter(f -> f.id().equals(id)).findFirst();
    }
}
