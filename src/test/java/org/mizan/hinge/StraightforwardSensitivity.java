package org.mizan.hinge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.inference.RuleBase;
import org.mizan.inference.Session;

/**
 * The sensitivity analysis done the obvious way, kept as the reference the fast one must match: after each
 * retraction every finding is judged again and whole snapshots are compared, and every switchable rule gets its
 * own run, fired or not.
 */
final class StraightforwardSensitivity {

    private StraightforwardSensitivity() {
    }

    static Sensitivity run(RuleBase rules, Dossier dossier) {
        List<Impact> facts = new ArrayList<>();
        try (Session session = Session.open(rules, Set.of())) {
            session.insertAll(dossier.current());
            session.fire();
            Snapshot full = Snapshot.of(session.findings(dossier));
            for (Fact fact : dossier.current()) {
                session.retract(fact.id());
                session.fire();
                Snapshot reduced = Snapshot.of(session.findings(dossier));
                session.insert(fact);
                session.fire();
                facts.add(new Impact(fact.id(), full.changesTo(reduced)));
            }
        }
        Snapshot full = snapshot(rules, dossier, Set.of());
        List<Impact> ruleImpacts = SensitivityAnalysis.switchableRules(rules).stream()
                .map(rule -> new Impact(rule, full.changesTo(snapshot(rules, dossier, Set.of(rule))))).toList();
        return new Sensitivity(facts, ruleImpacts, 0);
    }

    private static Snapshot snapshot(RuleBase rules, Dossier dossier, Set<String> switchedOff) {
        try (Session session = Session.open(rules, switchedOff)) {
            session.insertAll(dossier.current());
            session.fire();
            return Snapshot.of(session.findings(dossier));
        }
    }
}
