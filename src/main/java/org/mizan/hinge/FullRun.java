package org.mizan.hinge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.mizan.dossier.Dossier;
import org.mizan.inference.Dependency;
import org.mizan.inference.FindingWatch;
import org.mizan.inference.Findings;
import org.mizan.inference.FiringDelta;
import org.mizan.inference.Risk;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.Session;

/**
 * The full run's findings grouped by the keys a {@link Snapshot} compares, and, for every id, the risk keys whose
 * grade reads it. After a firing this is enough to compute the reduced run's state of just the keys the firing
 * could have moved: a key none of whose findings came or went, and none of whose risks reads an id that changed,
 * keeps the full run's state, because its risks are judged from exactly the same objects.
 */
final class FullRun {

    private final Snapshot snapshot;
    private final Map<String, Integer> position = new HashMap<>();
    private final Map<Risk, String> keyOfRisk = new HashMap<>();
    private final Map<String, List<Risk>> risksByKey = new HashMap<>();
    private final Map<String, List<Dependency>> dependenciesByKey = new HashMap<>();
    private final Map<String, Set<String>> readers = new HashMap<>();
    /** The facts that show an observed signpost: they move a judgment without any finding coming or going. */
    private final Set<String> observed = new HashSet<>();

    private FullRun(Snapshot snapshot) {
        this.snapshot = snapshot;
        snapshot.byKey().keySet().forEach(key -> position.put(key, position.size()));
    }

    /** The session's findings now, which must be the full run's; {@code watch} must be watching it. */
    static FullRun of(Session session, FindingWatch watch, Dossier dossier) {
        org.mizan.inference.Findings findings = session.findings(dossier);
        FullRun run = new FullRun(Snapshot.of(findings));
        findings.risks().forEach(r -> r.observed().forEach(o -> run.observed.addAll(o.facts())));
        List<Risk> risks = session.risks();
        List<RiskJudgment> judged = watch.judge(risks);
        for (int i = 0; i < risks.size(); i++) {
            String key = Snapshot.riskKey(judged.get(i));
            run.keyOfRisk.put(risks.get(i), key);
            run.risksByKey.computeIfAbsent(key, k -> new ArrayList<>()).add(risks.get(i));
            for (String id : watch.idsRead(risks.get(i))) {
                run.readers.computeIfAbsent(id, k -> new HashSet<>()).add(key);
            }
        }
        session.dependencies().forEach(d -> run.dependenciesByKey
                .computeIfAbsent(Snapshot.key(d.id()), k -> new ArrayList<>()).add(d));
        return run;
    }

    Snapshot snapshot() {
        return snapshot;
    }

    /**
     * Whether the fact shows a signpost in the full run: taking it out moves a judgment that no firing touches, so
     * the change is read from a whole snapshot, not from the firing's delta.
     */
    boolean observes(String factId) {
        return observed.contains(factId);
    }

    /**
     * What changed from the full run to the session's state now, which {@code delta} took it to from the full
     * run: the same list, in the same order, as {@code snapshot().changesTo(Snapshot.of(session.findings(..)))}.
     * Empty when a risk's key and a dependency's key coincide, where Snapshot lets one overwrite the other and
     * the caller must take the whole snapshot.
     */
    Optional<List<FindingChange>> changesAfter(FiringDelta delta, FindingWatch watch) {
        List<Risk> came = delta.came(Risk.class);
        List<RiskJudgment> cameJudged = watch.judge(came);
        Map<String, List<Risk>> risks = new LinkedHashMap<>();
        for (int i = 0; i < came.size(); i++) {
            members(risks, risksByKey, Snapshot.riskKey(cameJudged.get(i))).add(came.get(i));
        }
        for (Risk gone : delta.went(Risk.class)) {
            members(risks, risksByKey, keyOf(gone)).remove(gone);
        }
        delta.touchedIds().forEach(id -> readers.getOrDefault(id, Set.of()).forEach(key -> members(risks,
                risksByKey, key)));
        Map<String, List<Dependency>> dependencies = new LinkedHashMap<>();
        delta.came(Dependency.class).forEach(d -> members(dependencies, dependenciesByKey, Snapshot.key(d.id()))
                .add(d));
        delta.went(Dependency.class).forEach(d -> members(dependencies, dependenciesByKey, Snapshot.key(d.id()))
                .remove(d));
        if (keysClash(risks.keySet(), dependencies.keySet())) {
            return Optional.empty();
        }
        return Optional.of(changes(riskStates(risks, watch), dependencyStates(dependencies)));
    }

    private String keyOf(Risk gone) {
        String key = keyOfRisk.get(gone);
        if (key == null) {
            throw new IllegalStateException("risk " + gone.id() + " went but was not in the full run");
        }
        return key;
    }

    /** The members of {@code key} in the state now: started from the full run's, then changed by the caller. */
    private static <T> List<T> members(Map<String, List<T>> now, Map<String, List<T>> full, String key) {
        return now.computeIfAbsent(key, k -> new ArrayList<>(full.getOrDefault(k, List.of())));
    }

    private boolean keysClash(Set<String> riskKeys, Set<String> dependencyKeys) {
        return riskKeys.stream().anyMatch(k -> dependenciesByKey.containsKey(k) || dependencyKeys.contains(k))
                || dependencyKeys.stream().anyMatch(risksByKey::containsKey);
    }

    /** A key's state now (the later of its risks in the findings' order) and its first risk, for the order. */
    private record Now<T>(Snapshot.State state, T first) {
    }

    private static Map<String, Now<RiskJudgment>> riskStates(Map<String, List<Risk>> risks, FindingWatch watch) {
        Map<String, Now<RiskJudgment>> states = new HashMap<>();
        risks.forEach((key, members) -> {
            List<RiskJudgment> sorted = watch.judge(members).stream().sorted(Findings.RISK_ORDER).toList();
            states.put(key, sorted.isEmpty() ? null
                    : new Now<>(Snapshot.riskState(sorted.get(sorted.size() - 1)), sorted.get(0)));
        });
        return states;
    }

    private static Map<String, Now<Dependency>> dependencyStates(Map<String, List<Dependency>> dependencies) {
        Map<String, Now<Dependency>> states = new HashMap<>();
        dependencies.forEach((key, members) -> {
            List<Dependency> sorted = members.stream().sorted(Findings.DEPENDENCY_ORDER).toList();
            states.put(key, sorted.isEmpty() ? null : new Now<>(
                    Snapshot.dependencyState(sorted.stream().reduce(Snapshot::stronger).orElseThrow()),
                    sorted.get(0)));
        });
        return states;
    }

    /**
     * As {@link Snapshot#changesTo}: lost and regraded in the full run's order, then gained in the reduced run's
     * (risks, then dependencies, each key where its first finding stands in the findings' order).
     */
    private List<FindingChange> changes(Map<String, Now<RiskJudgment>> risks, Map<String, Now<Dependency>> deps) {
        Map<String, Snapshot.State> now = new HashMap<>();
        risks.forEach((key, n) -> now.put(key, n == null ? null : n.state()));
        deps.forEach((key, n) -> now.put(key, n == null ? null : n.state()));
        List<FindingChange> changes = new ArrayList<>();
        now.keySet().stream().filter(position::containsKey).sorted(Comparator.comparing(position::get))
                .forEach(key -> lostOrRegraded(snapshot.byKey().get(key), now.get(key)).ifPresent(changes::add));
        gained(risks, Findings.RISK_ORDER, changes);
        gained(deps, Findings.DEPENDENCY_ORDER, changes);
        return changes;
    }

    private static Optional<FindingChange> lostOrRegraded(Snapshot.State was, Snapshot.State now) {
        if (now == null) {
            return Optional.of(new FindingChange(was.id(), was.risk(), ChangeKind.LOST));
        }
        return now.grade().equals(was.grade()) ? Optional.empty()
                : Optional.of(new FindingChange(was.id(), was.risk(), ChangeKind.REGRADED));
    }

    private <T> void gained(Map<String, Now<T>> states, Comparator<T> order, List<FindingChange> changes) {
        states.entrySet().stream().filter(e -> e.getValue() != null && !position.containsKey(e.getKey()))
                .map(Map.Entry::getValue).sorted(Comparator.comparing((Now<T> n) -> n.first(), order))
                .forEach(n -> changes.add(new FindingChange(n.state().id(), n.state().risk(), ChangeKind.GAINED)));
    }
}
