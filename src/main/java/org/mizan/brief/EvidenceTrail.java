package org.mizan.brief;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.mizan.dossier.Fact;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;

/**
 * Walks {@code because} from findings down to the facts they finally rest on. The evidence appendix lists only
 * what this walk reaches from the findings the brief shows, so it stays readable however many findings exist.
 */
final class EvidenceTrail {

    private final Map<String, Finding> findings = new HashMap<>();
    private final Map<String, Fact> facts;

    EvidenceTrail(Findings findings, Map<String, Fact> facts) {
        // Indexed once: Findings.find searches a list, and the brief asks for every finding's grounds.
        Stream.concat(findings.dependencies().stream(), findings.risks().stream())
                .forEach(f -> this.findings.putIfAbsent(f.id(), f));
        this.facts = facts;
    }

    /** The finding with this id, if there is one. */
    Optional<Finding> finding(String id) {
        return Optional.ofNullable(findings.get(id));
    }

    /** Ids of the findings reached from these ids through {@code because}, the starting ones included. */
    Set<String> findingsBehind(Collection<String> ids) {
        Set<String> reached = new LinkedHashSet<>();
        Deque<String> todo = new ArrayDeque<>(ids);
        while (!todo.isEmpty()) {
            String id = todo.removeFirst();
            if (!facts.containsKey(id) && findings.containsKey(id) && reached.add(id)) {
                todo.addAll(findings.get(id).because());
            }
        }
        return reached;
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
                finding(id).map(Finding::because).ifPresent(todo::addAll);
            }
        }
        return reached;
    }
}
