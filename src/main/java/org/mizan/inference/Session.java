package org.mizan.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.AgendaFilter;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.FactHandle;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

/**
 * A working memory over one rule base: facts go in and out, rules re-fire, and what followed from a retracted fact
 * goes with it (truth maintenance). {@link Inference#run} uses one per run; a warm loop may keep one open.
 */
public final class Session implements AutoCloseable {

    private static final int LIMIT_IN_ALL = 100_000;

    private final RuleBase rules;
    private final KieSession kie;
    private final AgendaFilter filter;
    private final FiringGuard guard;
    private final RunLimits limits;
    private final Map<String, FactHandle> handles = new HashMap<>();

    private Session(RuleBase rules, Set<String> switchedOff, RunBudget budget) {
        this.rules = rules;
        this.kie = rules.newKieSession();
        this.filter = match -> !switchedOff.contains(match.getRule().getName());
        this.guard = new FiringGuard(kie);
        kie.addEventListener((org.kie.api.event.rule.AgendaEventListener) guard);
        kie.addEventListener((org.kie.api.event.rule.RuleRuntimeEventListener) guard);
        this.limits = new RunLimits(rules, budget, guard, kie);
    }

    /** A session whose rules named in {@code switchedOff} never fire; unknown names are a programming error. */
    public static Session open(RuleBase rules, Set<String> switchedOff) {
        return open(rules, switchedOff, RunBudget.configured());
    }

    /** The same, with each run of the rules held to {@code budget} instead of the configured one. */
    public static Session open(RuleBase rules, Set<String> switchedOff, RunBudget budget) {
        Set<String> unknown = new TreeSet<>(switchedOff);
        unknown.removeAll(rules.ruleNames());
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("no such rule: " + String.join(", ", unknown));
        }
        return new Session(rules, Set.copyOf(switchedOff), budget);
    }

    /** Adds a fact; to change one, retract it by id and insert the new version. */
    public void insert(Fact fact) {
        insertObject(fact.id(), fact);
    }

    /** Inserts a finding as a given, so a test can check a rule that builds on findings without their rules. */
    void insertFinding(Finding finding) {
        insertObject(finding.id(), finding);
    }

    private void insertObject(String id, Object o) {
        if (handles.containsKey(id)) {
            throw new IllegalArgumentException("\"" + id + "\" is already in this session; retract it first");
        }
        guardedRun(() -> handles.put(id, kie.insert(o)), id);
    }

    /**
     * Adds something the rules weigh that is not a fact of the dossier (a hypothesis under test), under its id, so
     * that it can be retracted like a fact.
     */
    public void insertOther(String id, Object o) {
        insertObject(id, o);
    }

    /**
     * Puts the dossier in: its current facts and its information cut-off ({@link CutOff}), which rules read to
     * tell a passed deadline from a coming one.
     */
    public void insertDossier(Dossier dossier) {
        if (dossier.cutOff() != null) {
            insertOther(CutOff.ID, new CutOff(dossier.cutOff()));
        }
        insertAll(dossier.current());
    }

    public void insertAll(List<? extends Fact> facts) {
        facts.forEach(this::insert);
    }

    /** Removes a fact (or a given finding), and with it every finding that rested on it. */
    public void retract(String factId) {
        FactHandle handle = handles.remove(factId);
        if (handle == null) {
            throw new IllegalArgumentException("no fact \"" + factId + "\" in this session");
        }
        guardedRun(() -> kie.delete(handle), factId);
    }

    /**
     * Fires until nothing is left to fire, within the session's {@link RunBudget}; a rule that will not stop, or
     * that exhausts the budget, the stack or the heap, is reported by name.
     */
    public void fire() {
        guard.reset(handles.size());
        int limitInAll = Math.max(LIMIT_IN_ALL, LIMIT_IN_ALL / FiringGuard.LIMIT_PER_RULE * guard.limit());
        int fired = guarded(() -> limits.fire(() -> kie.fireAllRules(filter, limitInAll)), null);
        if (guard.runaway().isPresent()) {
            throw runaway(guard.runaway().get(), guard.limit());
        }
        if (fired >= limitInAll && wouldFireMore()) {
            throw runaway(guard.culprit().orElseThrow(), limitInAll);
        }
    }

    public List<Dependency> dependencies() {
        return objects(Dependency.class);
    }

    public List<Risk> risks() {
        return objects(Risk.class);
    }

    /** What the rules inferred of another type than dependencies and risks (e.g. ratings of hypotheses). */
    public <T> List<T> inferred(Class<T> type) {
        return objects(type);
    }

    List<RiskRating> ratings() {
        return objects(RiskRating.class);
    }

    /** Words, rates and grades what the rules inferred; {@code dossier} gives sources and actor names. */
    public Findings findings(Dossier dossier) {
        return new Judge(rules, dossier, new Observables(dossier, objects(Fact.class)))
                .judge(dependencies(), risks(), ratings());
    }

    /**
     * Starts keeping the findings now in working memory, and every later change to them, for a warm loop that
     * re-grades only what a firing touched. Grades read {@code dossier} as {@link #findings} does.
     */
    public FindingWatch watch(Dossier dossier) {
        List<Object> present = new ArrayList<>(dependencies());
        present.addAll(risks());
        present.addAll(ratings());
        FindingWatch watch = new FindingWatch(rules, dossier, present);
        kie.addEventListener(watch);
        return watch;
    }

    /**
     * The rules that have fired at least once in this session. A rule that never fired in a run changed nothing in
     * it, so switching it off (which only stops its matches from firing) gives the same run.
     */
    public Set<String> rulesFired() {
        return guard.everFired();
    }

    @Override
    public void close() {
        if (!limits.abandoned()) {
            kie.dispose();
        }
    }

    private <T> List<T> objects(Class<T> type) {
        return kie.getObjects(type::isInstance).stream().map(type::cast).toList();
    }

    private boolean wouldFireMore() {
        AtomicBoolean pending = new AtomicBoolean();
        kie.fireAllRules(match -> {
            pending.compareAndSet(false, filter.accept(match));
            return false;
        });
        return pending.get();
    }

    /** Blames the rule whose changes set off the firings, which is not always the one that fired most. */
    private InputException runaway(String mostFired, int limit) {
        String rule = guard.culprit().orElse(mostFired);
        String what = rule.equals(mostFired) ? "fired more than " + limit + " times; it may be re-triggering itself"
                : "keeps re-triggering rules: its changes set off " + guard.setOffBy(rule) + " firings, and rule \""
                + mostFired + "\" fired more than " + limit + " times; does it change what it matches?";
        return new InputException(new Problem(rules.locate(rule), "rule \"" + rule + "\" " + what));
    }

    private <T> T guarded(Supplier<T> action, String factId) {
        try {
            return action.get();
        } catch (CancellationException cancelled) {
            throw cancelled;   // the caller gave up on the run (BoundedFiring): no problem of the rules to report
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            throw limits.stopped(e).orElseGet(() -> e instanceof ConsequenceException c
                    ? RuleFailure.inConsequence(rules, c) : RuleFailure.inCondition(rules, (RuntimeException) e,
                    factId));
        }
    }

    private void guardedRun(Runnable action, String factId) {
        guarded(() -> {
            action.run();
            return null;
        }, factId);
    }
}
