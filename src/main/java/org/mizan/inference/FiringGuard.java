package org.mizan.inference;

import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.FactHandle;

/**
 * Stops a rule that keeps firing, most often one whose consequence re-creates its own match, and remembers its
 * name for the message. Counting per rule names the culprit even when other rules fire in between. The rule that
 * fires most is not always the one to blame: a rule that updates a fact re-triggers every rule matching it, and an
 * innocent one may be first on the agenda. So each firing is put down to the rule whose action last inserted or
 * changed one of the facts it matched, and the rule that set off the most firings is the one reported.
 */
final class FiringGuard extends DefaultAgendaEventListener implements RuleRuntimeEventListener {

    static final int LIMIT_PER_RULE = 1_000;
    /**
     * A rule that joins on ids fires about once per fact it matches, so in a large dossier an honest rule can pass
     * a fixed bound: the bound grows with the facts in the session, to this many firings per fact.
     */
    static final int FIRINGS_PER_FACT = 10;

    /** Who last inserted or changed a fact, and when: the most recent change to a match is what set it off. */
    private record Touch(String rule, long seq) {
    }

    private final KieSession session;
    private final Map<String, Integer> counts = new HashMap<>();
    private final Map<String, Integer> setOff = new HashMap<>();
    private final Map<FactHandle, Touch> touches = new IdentityHashMap<>();
    private final Set<String> everFired = new HashSet<>();
    private long seq;
    private String runaway;
    private int limit = LIMIT_PER_RULE;
    /** The rule whose action is running now, read by the caller's thread when a firing runs out of time. */
    private volatile String firing;

    FiringGuard(KieSession session) {
        this.session = session;
    }

    @Override
    public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing = event.getMatch().getRule().getName();
        Touch trigger = null;
        for (FactHandle handle : event.getMatch().getFactHandles()) {
            Touch touch = touches.get(handle);
            if (touch != null && (trigger == null || touch.seq > trigger.seq)) {
                trigger = touch;
            }
        }
        if (trigger != null) {
            setOff.merge(trigger.rule, 1, Integer::sum);
        }
    }

    @Override
    public void afterMatchFired(AfterMatchFiredEvent event) {
        firing = null;
        String rule = event.getMatch().getRule().getName();
        int count = counts.merge(rule, 1, Integer::sum);
        everFired.add(rule);
        if (count > limit && runaway == null) {
            runaway = rule;
            session.halt();
        }
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        touched(event.getRule(), event.getFactHandle());
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        touched(event.getRule(), event.getFactHandle());
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        touches.remove(event.getFactHandle());
    }

    private void touched(Rule rule, FactHandle handle) {
        if (rule != null) {
            touches.put(handle, new Touch(rule.getName(), ++seq));
        }
    }

    /** Counts start again with each firing, so a warm session that fires many times is not taken for a loop. */
    void reset(int facts) {
        limit = limitFor(facts);
        counts.clear();
        setOff.clear();
        runaway = null;
        firing = null;
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

    /** The rule whose action was running when the firing was stopped, if it was stopped inside one. */
    Optional<String> firing() {
        return Optional.ofNullable(firing);
    }

    /**
     * The rule to blame for too many firings: the one whose changes set off the most of them, or, when no rule's
     * changes set any off (every match came from the dossier), the rule that fired most.
     */
    Optional<String> culprit() {
        Map<String, Integer> blame = setOff.isEmpty() ? counts : setOff;
        return blame.entrySet().stream().max(Map.Entry.<String, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).map(Map.Entry::getKey);
    }

    /** How many firings in this run {@code rule}'s changes set off. */
    int setOffBy(String rule) {
        return setOff.getOrDefault(rule, 0);
    }
}
