package org.mizan.brief;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.mizan.dossier.Fact;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;

/**
 * Walks {@code because} from findings down to the facts they finally rest on. The evidence appendix lists only
 * what this walk reaches from the findings the brief shows, so it stays readable however many findings exist.
 */
final class EvidenceTrail {

    private final Findings findings;
    private final Map<String, Fact> facts;

    EvidenceTrail(Findings findings, Map<String, Fact> facts) {
        this.findings = findings;
        this.facts = facts;
    }

    /** Ids of the dossier facts reached from these ids (facts or findings), in the order first reached. */
    Set<String> factsBehind(Collection<String> ids) {
        Set<String> reached = new LinkedHashSet<>();
        Set<String> seen = new HashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.removeFirst();
            if (!seen.add(id)) {
                continue;
            }
            if (facts.containsKey(id)) {
                reached.add(id);
            } else {
                findings.find(id).map(Finding::because).ifPresent(todo::addAll);
            }
        }
        return reached;
    }
}
