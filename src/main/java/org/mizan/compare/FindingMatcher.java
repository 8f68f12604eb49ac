package org.mizan.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

import org.mizan.dossier.Dossier;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;

/**
 * Pairs the findings of two runs: first by id, then by {@link FindingKey}, and last, for risks, by type when
 * exactly one risk of that type is left on each side (its actors may differ because a scenario swapped them).
 */
final class FindingMatcher {

    record Pair(Finding from, Finding to) {
    }

    private final List<Finding> left;
    private final List<Finding> right;
    private final List<Pair> pairs = new ArrayList<>();

    private FindingMatcher(List<? extends Finding> from, List<? extends Finding> to) {
        this.left = new ArrayList<>(from);
        this.right = new ArrayList<>(to);
    }

    static List<Pair> match(List<? extends Finding> from, List<? extends Finding> to, Findings fromAll,
                            Findings toAll, Dossier fromDossier, Dossier toDossier) {
        FindingMatcher m = new FindingMatcher(from, to);
        m.pairBy(Finding::id, Finding::id);
        m.pairBy(f -> FindingKey.of(f, fromAll, fromDossier), f -> FindingKey.of(f, toAll, toDossier));
        m.pairByUniqueType();
        m.left.forEach(f -> m.pairs.add(new Pair(f, null)));
        m.right.forEach(f -> m.pairs.add(new Pair(null, f)));
        return m.pairs;
    }

    private void pairBy(Function<Finding, Object> leftKey, Function<Finding, Object> rightKey) {
        Map<Object, List<Finding>> byKey = new LinkedHashMap<>();
        right.forEach(f -> byKey.computeIfAbsent(rightKey.apply(f), k -> new ArrayList<>()).add(f));
        for (Finding f : List.copyOf(left)) {
            List<Finding> candidates = byKey.getOrDefault(leftKey.apply(f), List.of());
            if (!candidates.isEmpty()) {
                take(f, candidates.remove(0));
            }
        }
    }

    private void pairByUniqueType() {
        for (Finding f : List.copyOf(left)) {
            String type = typeOf(f);
            List<Finding> sameLeft = left.stream().filter(x -> Objects.equals(typeOf(x), type)).toList();
            List<Finding> sameRight = right.stream().filter(x -> Objects.equals(typeOf(x), type)).toList();
            if (type != null && sameLeft.size() == 1 && sameRight.size() == 1) {
                take(f, sameRight.get(0));
            }
        }
    }

    private void take(Finding from, Finding to) {
        left.remove(from);
        right.remove(to);
        pairs.add(new Pair(from, to));
    }

    private static String typeOf(Finding f) {
        return f instanceof RiskJudgment r ? r.type() : null;
    }
}
