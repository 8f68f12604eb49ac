package org.mizan.inference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * Stops a rule that keeps firing, most often one whose consequence re-creates its own match, and remembers its
 * name for the message. Counting per rule names the culprit even when other rules fire in between.
 */
final class FiringGuard extends DefaultAgendaEventListener {

    static final int LIMIT_PER_RULE = 1_000;
    /**
     * A rule that joins on ids fires about once per fact it matches, so in a large dossier an honest rule can pass
     * a fixed bound: the bound grows with the facts in the session, to this many firings per fact.
     */
    static final int FIRINGS_PER_FACT = 10;

    private final KieSession session;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Set<String> everFired = new HashSet<>();
    private String runaway;
    private int limit = LIMIT_PER_RULE;

    FiringGuard(KieSession session) {
        this.session = session;
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        String rule = event.getMatch().getRule().getName();
        int count = counts.merge(rule, 1, Integer::sum);
        everFired.add(rule);
        if (count > limit && runaway == null) {
            runaway = rule;
            session.halt();
        }
    }

    /** Counts start again with each firing, so a warm session that fires many times is not taken for a loop. */
    void reset(int facts) {
        limit = limitFor(facts);
        counts.clear();
        runaway = null;
    }

    static int limitFor(int facts) {
        return Math.max(LIMIT_PER_RULE, FIRINGS_PER_FACT * facts);
    }

    /** Every rule that fired at least once since the session opened; unlike the counts, never reset. */
    Set<String> everFired() {
        return Set.copyOf(everFired);
    }

    int limit() {
        return limit;
    }

    Optional<String> runaway() {
        return Optional.ofNullable(runaway);
    }

    /** The rule that fired most, for when the overall bound is reached before any one rule's. */
    String busiest() {
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("?");
    }
}
