package org.mizan.inference;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;

/**
 * Counts the objects in working memory and refuses the one past the budget. The refusal is an exception thrown
 * from the insert itself, because a single action can insert millions of objects in a loop and only the insert
 * call reaches into it; the rule whose action inserted is named.
 */
final class ObjectBudget implements RuleRuntimeEventListener {

    /** An insert past the budget; {@code rule} is null for an insert from outside the rules (a dossier fact). */
    static final class OverBudget extends RuntimeException {

        private final String rule;

        OverBudget(String rule) {
            super(null, null, false, false);
            this.rule = rule;
        }

        String rule() {
            return rule;
        }
    }

    private final long limit;
    private long count;

    ObjectBudget(long limit) {
        this.limit = limit;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        if (++count > limit) {
            throw new OverBudget(event.getRule() == null ? null : event.getRule().getName());
        }
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        count--;
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        // an update leaves the count as it is
    }

    long count() {
        return count;
    }
}
