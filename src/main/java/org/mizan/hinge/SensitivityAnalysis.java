package org.mizan.hinge;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.inference.RuleBase;
import org.mizan.inference.Session;

/**
 * Takes away each fact in turn from one warm session (retract, re-fire, compare, put back: truth maintenance
 * withdraws what rested on the fact and re-derives it on return), then runs once per rule with that rule switched
 * off. No rule is rebuilt, so the whole analysis costs about one inference per fact and per rule.
 */
public final class SensitivityAnalysis {

    private SensitivityAnalysis() {
    }

    public static Sensitivity run(RuleBase rules, Dossier dossier) {
        long start = System.nanoTime();
        List<Impact> facts = new ArrayList<>();
        try (Session session = Session.open(rules, Set.of())) {
            session.insertAll(dossier.facts());
            session.fire();
            Snapshot full = Snapshot.of(session.findings(dossier));
            for (Fact fact : dossier.facts()) {
                facts.add(withoutFact(session, dossier, fact, full));
            }
        }
        List<Impact> ruleImpacts = withoutEachRule(rules, dossier);
        return new Sensitivity(facts, ruleImpacts, (System.nanoTime() - start) / 1_000_000);
    }

    private static Impact withoutFact(Session session, Dossier dossier, Fact fact, Snapshot full) {
        session.retract(fact.id());
        session.fire();
        Snapshot reduced = Snapshot.of(session.findings(dossier));
        session.insert(fact);
        session.fire();
        return new Impact(fact.id(), full.changesTo(reduced));
    }

    /**
     * A fresh session per rule on the same compiled rule base: cheap, and no state leaks from one to the next.
     * Only rules written in .drl files: the rating table's rows are the grading scale, and without one of them a
     * risk cannot be rated at all.
     */
    private static List<Impact> withoutEachRule(RuleBase rules, Dossier dossier) {
        Snapshot full = snapshot(rules, dossier, Set.of());
        return switchableRules(rules).stream()
                .map(rule -> new Impact(rule, full.changesTo(snapshot(rules, dossier, Set.of(rule))))).toList();
    }

    /** The rules written in .drl files, which the analysis switches off one at a time. */
    public static List<String> switchableRules(RuleBase rules) {
        return rules.ruleNames().stream().filter(rule -> rules.locate(rule).line() > 0).toList();
    }

    private static Snapshot snapshot(RuleBase rules, Dossier dossier, Set<String> switchedOff) {
        try (Session session = Session.open(rules, switchedOff)) {
            session.insertAll(dossier.facts());
            session.fire();
            return Snapshot.of(session.findings(dossier));
        }
    }
}
