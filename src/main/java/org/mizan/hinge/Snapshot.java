package org.mizan.hinge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.inference.Dependency;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;

/**
 * The findings of one run, keyed so that two runs can be compared. Ids end in a hash of what a finding rests on,
 * so a risk that still stands on fewer grounds gets a new id; the key drops that hash ("risk-type-subject",
 * "dep-dependent-provider-kind") and so names the judgment itself. A risk's key adds its English title, which
 * names its object too. Several dependencies of one key (two rules, two strengths) count as the strongest.
 */
record Snapshot(Map<String, State> byKey) {

    /** A finding as the brief states it: its id, whether it is a risk, and its grade as one comparable string. */
    record State(String id, boolean risk, String grade) {
    }

    static Snapshot of(Findings findings) {
        Map<String, State> byKey = new LinkedHashMap<>();
        for (RiskJudgment r : findings.risks()) {
            byKey.put(riskKey(r), riskState(r));
        }
        Map<String, Dependency> strongest = new LinkedHashMap<>();
        for (Dependency d : findings.dependencies()) {
            strongest.merge(key(d.id()), d, Snapshot::stronger);
        }
        strongest.forEach((key, d) -> byKey.put(key, dependencyState(d)));
        return new Snapshot(byKey);
    }

    /** A risk's key: of two risks of one key in the findings' order, the later one's state counts. */
    static String riskKey(RiskJudgment r) {
        return key(r.id()) + "|" + r.title().en();
    }

    static State riskState(RiskJudgment r) {
        return new State(r.id(), true, r.rating() + "/" + r.likelihood() + "/" + r.confidence());
    }

    /** Of two dependencies of one key, in the findings' order: the later one only if strictly stronger. */
    static Dependency stronger(Dependency earlier, Dependency later) {
        return later.strength().compareTo(earlier.strength()) > 0 ? later : earlier;
    }

    static State dependencyState(Dependency d) {
        return new State(d.id(), false, d.strength().name());
    }

    static String key(String id) {
        int dash = id.lastIndexOf('-');
        return dash < 0 ? id : id.substring(0, dash);
    }

    /** What changed from this (the full run) to {@code reduced}, risks first, each in this run's order. */
    List<FindingChange> changesTo(Snapshot reduced) {
        List<FindingChange> changes = new java.util.ArrayList<>();
        byKey.forEach((key, was) -> {
            State now = reduced.byKey.get(key);
            if (now == null) {
                changes.add(new FindingChange(was.id(), was.risk(), ChangeKind.LOST));
            } else if (!now.grade().equals(was.grade())) {
                changes.add(new FindingChange(was.id(), was.risk(), ChangeKind.REGRADED));
            }
        });
        reduced.byKey.forEach((key, now) -> {
            if (!byKey.containsKey(key)) {
                changes.add(new FindingChange(now.id(), now.risk(), ChangeKind.GAINED));
            }
        });
        return changes;
    }
}
