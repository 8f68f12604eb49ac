package org.mizan.hinge;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.inference.Finding;
import org.mizan.inference.FindingWatch;
import org.mizan.inference.Findings;
import org.mizan.inference.FiringDelta;
import org.mizan.inference.Inference;
import org.mizan.inference.JudgmentGroups;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.RuleBase;
import org.mizan.inference.Session;
import org.mizan.problem.InputException;

/**
 * Takes away each fact in turn from one warm session (retract, re-fire, compare, put back: truth maintenance
 * withdraws what rested on the fact and re-derives it on return), then runs once per rule with that rule switched
 * off. Each fact costs what its retraction changes, not the whole dossier: a {@link FindingWatch} tells which
 * findings came and went, and only the judgments those can reach are made again ({@link FullRun}). The result is
 * the same as comparing whole snapshots, which the analysis falls back to whenever it cannot show it is.
 */
public final class SensitivityAnalysis {


    private SensitivityAnalysis() {
    }

    public static Sensitivity run(RuleBase rules, Dossier dossier) {
        return run(rules, dossier, Set.of());
    }

    /**
     * The analysis of a run with {@code switchedOff} rules (a scenario's): facts are taken away with those rules
     * off, and each other rule is switched off in addition to them, so the hinges are the scenario's own.
     */
    public static Sensitivity run(RuleBase rules, Dossier dossier, Set<String> switchedOff) {
        if (dossier.facts().size() > EXACT_LIMIT) {
            return bounded(rules, dossier, switchedOff, Inference.run(rules, dossier, switchedOff));
        }
        return exact(rules, dossier, switchedOff);
    }

    /**
     * The same, given {@code findings}, which must be {@code Inference.run(rules, dossier, switchedOff)}: a caller
     * that has them spares a bounded analysis the second run of the rules over the whole dossier (at 1000x, seconds).
     */
    public static Sensitivity run(RuleBase rules, Dossier dossier, Set<String> switchedOff, Findings findings) {
        if (dossier.facts().size() > EXACT_LIMIT) {
            return bounded(rules, dossier, switchedOff, findings);
        }
        return exact(rules, dossier, switchedOff);
    }

    /**
     * Up to this many facts every fact is taken away in turn (the article has 75; 10x, 453). Above it the work grows
     * faster than the dossier (rules that gather every base of one coalition re-fire over all of them for each base
     * taken away), so the analysis is bounded: docs/benchmarks.md.
     */
    public static final int EXACT_LIMIT = 1_000;

    /**
     * How many of the gravest judgments a bounded analysis keeps: as many as the brief's risk table shows
     * (BriefContext.MAX_RISKS_SHOWN), in the brief's order (JudgmentGroups.KEY_ORDER).
     */
    public static final int BOUND_JUDGMENTS = 12;

    /**
     * The exact analysis over the part of the dossier the gravest judgments rest on: every fact under them (through
     * the findings between) is taken away in turn, and every rule switched off, within that part. What this cannot
     * see: a fact outside it, and a judgment that only such a fact holds back.
     */
    private static Sensitivity bounded(RuleBase rules, Dossier dossier, Set<String> switchedOff,
                                       Findings findings) {
        long start = System.nanoTime();
        List<RiskJudgment> shown = findings.risks().stream().sorted(JudgmentGroups.KEY_ORDER)
                .limit(BOUND_JUDGMENTS).toList();
        Set<String> under = new HashSet<>();
        java.util.Map<String, Finding> byId = new java.util.HashMap<>();
        findings.dependencies().forEach(d -> byId.put(d.id(), d));
        findings.risks().forEach(r -> byId.put(r.id(), r));
        java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
        shown.forEach(r -> todo.add(r.id()));
        Set<String> seen = new HashSet<>();
        while (!todo.isEmpty()) {
            String id = todo.pop();
            if (!seen.add(id)) {
                continue;
            }
            Finding f = byId.get(id);
            if (f == null) {
                under.add(id);
            } else {
                todo.addAll(f.because());
            }
        }
        Dossier part = dossier.withFacts(dossier.sources(),
                dossier.facts().stream().filter(f -> under.contains(f.id())).toList(), dossier.origins(),
                dossier.digest());
        Sensitivity exact = exact(rules, part, switchedOff);
        return new Sensitivity(exact.facts(), exact.rules(), (System.nanoTime() - start) / 1_000_000,
                new Sensitivity.Bound(shown.size(), part.facts().size(), dossier.facts().size()));
    }

    private static Sensitivity exact(RuleBase rules, Dossier dossier, Set<String> switchedOff) {
        long start = System.nanoTime();
        List<Impact> facts = new ArrayList<>();
        Snapshot full;
        Set<String> fired;
        try (Session session = Session.open(rules, switchedOff)) {
            session.insertDossier(dossier);
            session.fire();
            fired = session.rulesFired();
            Retractions retractions = new Retractions(session, dossier);
            full = retractions.run.snapshot();
            List<Fact> all = dossier.current();
            try {
                for (Fact fact : all) {
                    facts.add(retractions.without(fact));
                }
            } catch (InputException engineFailure) {
                // Drools 10 can fail inside its own agenda while re-firing a warm session (seen with two rules that
                // share an accumulate, one logically inserting): the rest is computed from fresh sessions, which
                // give the same answer; a rule that really fails without some fact fails there too, and is reported.
                for (Fact fact : all.subList(facts.size(), all.size())) {
                    facts.add(new Impact(fact.id(), full.changesTo(snapshotWithout(rules, dossier, fact,
                            switchedOff))));
                }
            }
        }
        List<Impact> ruleImpacts = withoutEachRule(rules, dossier, full, fired, switchedOff);
        return new Sensitivity(facts, ruleImpacts, (System.nanoTime() - start) / 1_000_000);
    }

    /** One fact at a time out of the warm session and back in. */
    private static final class Retractions {

        private final Session session;
        private final Dossier dossier;
        private final FindingWatch watch;
        private final FullRun run;
        /** Whether the session is back in the full run's state, which the incremental comparison starts from. */
        private boolean atFull = true;

        Retractions(Session session, Dossier dossier) {
            this.session = session;
            this.dossier = dossier;
            this.watch = session.watch(dossier);
            this.run = FullRun.of(session, watch, dossier);
        }

        Impact without(Fact fact) {
            session.retract(fact.id());
            session.fire();
            FiringDelta out = watch.drain();
            List<FindingChange> changes = atFull && !run.observes(fact.id())
                    ? run.changesAfter(out, watch).orElseGet(this::wholeSnapshot) : wholeSnapshot();
            session.insert(fact);
            session.fire();
            // Truth maintenance normally restores exactly what the retraction withdrew; if a rule set ever does
            // not, the remaining facts are compared the slow way, from what the session then holds.
            atFull = atFull && watch.drain().undoes(out);
            return new Impact(fact.id(), changes);
        }

        private List<FindingChange> wholeSnapshot() {
            return run.snapshot().changesTo(Snapshot.of(session.findings(dossier)));
        }
    }

    /**
     * A fresh session per rule on the same compiled rule base: cheap, and no state leaks from one to the next.
     * Only rules written in .drl files: the rating table's rows are the grading scale, and without one of them a
     * risk cannot be rated at all. A rule that never fired in the full run is skipped: the agenda filter only stops
     * a rule's matches from firing, so a run that never fires it proceeds step for step as the full run did, and
     * the rule's impact would be empty.
     */
    private static List<Impact> withoutEachRule(RuleBase rules, Dossier dossier, Snapshot full, Set<String> fired,
                                                Set<String> switchedOff) {
        return switchableRules(rules).stream().filter(fired::contains)
                .map(rule -> new Impact(rule, full.changesTo(snapshot(rules, dossier, with(switchedOff, rule)))))
                .toList();
    }

    private static Set<String> with(Set<String> switchedOff, String rule) {
        Set<String> off = new HashSet<>(switchedOff);
        off.add(rule);
        return off;
    }

    /** The rules written in .drl files, which the analysis switches off one at a time. */
    public static List<String> switchableRules(RuleBase rules) {
        return rules.ruleNames().stream().filter(rule -> rules.locate(rule).line() > 0).toList();
    }

    private static Snapshot snapshotWithout(RuleBase rules, Dossier dossier, Fact fact, Set<String> switchedOff) {
        try (Session session = Session.open(rules, switchedOff)) {
            session.insertDossier(dossier);
            session.retract(fact.id());
            session.fire();
            return Snapshot.of(session.findings(dossier));
        }
    }

    private static Snapshot snapshot(RuleBase rules, Dossier dossier, Set<String> switchedOff) {
        try (Session session = Session.open(rules, switchedOff)) {
            session.insertDossier(dossier);
            session.fire();
            return Snapshot.of(session.findings(dossier));
        }
    }
}
