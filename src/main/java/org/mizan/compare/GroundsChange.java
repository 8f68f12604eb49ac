package org.mizan.compare;

import java.util.List;

import org.mizan.inference.Finding;

/**
 * A finding that survived with the same grades but rests on different grounds: support it lost (facts or findings
 * in its {@code because} list before, not after) and support it gained. Findings are named by their key, not their
 * id, since an id changes with the grounds it is made from.
 */
public record GroundsChange(FindingKey key, Finding from, Finding to, List<String> lost, List<String> gained) {

    public GroundsChange {
        lost = List.copyOf(lost);
        gained = List.copyOf(gained);
    }
}
