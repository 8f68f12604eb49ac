package org.mizan.hinge;

import java.util.List;

/**
 * What happened to the findings when one fact (or rule) was taken away. {@code removed} is the fact id or the rule
 * name. {@link #weight()} ranks how much of the brief rests on it: a risk lost counts three, any other change one,
 * because the brief's judgments are its risks and dependencies only support them.
 */
public record Impact(String removed, List<FindingChange> changes) {

    static final int RISK_LOST_WEIGHT = 3;

    public Impact {
        changes = List.copyOf(changes);
    }

    public int weight() {
        return changes.stream().mapToInt(c -> c.risk() && c.kind() == ChangeKind.LOST ? RISK_LOST_WEIGHT : 1).sum();
    }

    public List<String> risks(ChangeKind kind) {
        return changes.stream().filter(c -> c.risk() && c.kind() == kind).map(FindingChange::id).toList();
    }

    public List<String> dependencies(ChangeKind kind) {
        return changes.stream().filter(c -> !c.risk() && c.kind() == kind).map(FindingChange::id).toList();
    }

    public boolean matters() {
        return !changes.isEmpty();
    }
}
