package org.mizan.inference;

import java.util.Optional;
import java.util.function.IntSupplier;

import org.kie.api.runtime.KieSession;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * The budget of a session's runs ({@link RunBudget}) put to work, and what a run stopped by it, or by the stack or
 * the heap running out inside a rule, is reported as: a problem at the rule to blame, never a stack trace.
 */
final class RunLimits {

    private final RuleBase rules;
    private final RunBudget budget;
    private final FiringGuard guard;
    private final KieSession kie;
    private final ObjectBudget objects;
    private boolean abandoned;

    RunLimits(RuleBase rules, RunBudget budget, FiringGuard guard, KieSession kie) {
        this.rules = rules;
        this.budget = budget;
        this.guard = guard;
        this.kie = kie;
        this.objects = new ObjectBudget(budget.objects());
        kie.addEventListener(objects);
    }

    /** Runs {@code firing} within the time budget; see {@link BoundedFiring}. */
    int fire(IntSupplier firing) {
        try {
            return BoundedFiring.run(firing, budget.time(), kie::halt);
        } catch (BoundedFiring.Cancelled cancelled) {
            abandoned |= cancelled.abandoned();
            throw cancelled;
        }
    }

    /**
     * Whether a firing that ran out of time is still running on its worker: disposing of the session would then
     * wait for it (Drools waits for the agenda to go idle), so the session is left to the garbage collector.
     */
    boolean abandoned() {
        return abandoned;
    }

    /** The problem to report when {@code failure} (or what it wraps) is a limit reached; empty otherwise. */
    Optional<InputException> stopped(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof BoundedFiring.OverTime over) {
                abandoned |= over.abandoned();
                return Optional.of(overTime());
            }
            if (t instanceof ObjectBudget.OverBudget over) {
                return Optional.of(problem(over.rule(), "put more than " + budget.objects()
                        + " objects into working memory, the budget of a run of the rules: does its action insert "
                        + "without end? A larger dossier may need more: -D" + RunBudget.OBJECTS_PROPERTY + "=N"));
            }
            if (t instanceof StackOverflowError) {
                return Optional.of(problem(guard.firing().orElse(null), "overflowed the stack: a recursion in its "
                        + "action, or in a function it calls, does not end"));
            }
            if (t instanceof OutOfMemoryError) {
                return Optional.of(problem(guard.firing().orElse(null), "ran out of memory ("
                        + objects.count() + " objects in working memory): does its action build something without "
                        + "end? Otherwise give Java more memory (-Xmx)"));
            }
        }
        return Optional.empty();
    }

    private InputException overTime() {
        // Inside an action, the rule running it; otherwise the firing was a loop of short firings, halted between
        // two of them, and the guard's counts (complete, since the worker has ended) name the rule that drove it.
        String rule = guard.firing().or(guard::culprit).orElse(null);
        return problem(rule, "was still running after " + budget.describeTime() + ", the time budget of a run of "
                + "the rules: does its action loop without end? A larger dossier may need more: -D"
                + RunBudget.TIME_PROPERTY + "=SECONDS");
    }

    private InputException problem(String rule, String what) {
        SourceLocation where = rules.locate(rule == null ? "" : rule);
        String who = rule == null ? "the rules" : "rule \"" + rule + "\"";
        return new InputException(new Problem(where, who + " " + what));
    }
}
