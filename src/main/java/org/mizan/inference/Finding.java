package org.mizan.inference;

import java.util.List;

/**
 * Something the rules inferred. {@code rule} is the name of the rule that produced it; {@code because} the ids of
 * the facts and findings it rests on, so the chain can be walked down to cited excerpts. Ids are stable: derived
 * from the rule and the ids matched, never from a counter or the firing order.
 */
public interface Finding {

    String id();

    String rule();

    List<String> because();

    /**
     * The ids among {@link #because()} that the rule names as context (its {@code @context} metadata lists their
     * kinds): background the judgment is set against, not evidence of it. Left out of the evidence overlap and
     * exempt from the relevance check.
     */
    default List<String> context() {
        return List.of();
    }
}
