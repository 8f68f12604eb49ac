package org.mizan.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizan.inference.Finding;
import org.mizan.inference.Findings;

/**
 * Why one finding differs between two runs: the facts in its chain that were removed, added or changed, those
 * that entered or left its chain, and the rules along it that were switched off. When none of these applies
 * (a rule that reacts to an absence), the rule is named with the dossier changes it reacted to.
 */
final class Reasons {

    private static final int MAX_LISTED = 4;

    private final Findings from;
    private final Findings to;
    private final List<FactChange> factChanges;
    private final Map<String, FactChange> byId;
    private final Set<String> switchedOff;
    /** The fact of the second run that overtakes a fact (its "supersedes" names it), or null: a repeal, a lapse. */
    private final Function<String, String> overtakenBy;

    Reasons(Findings from, Findings to, List<FactChange> factChanges, Set<String> switchedOff) {
        this(from, to, factChanges, switchedOff, id -> null);
    }

    Reasons(Findings from, Findings to, List<FactChange> factChanges, Set<String> switchedOff,
            Function<String, String> overtakenBy) {
        this.overtakenBy = overtakenBy;
        this.from = from;
        this.to = to;
        this.factChanges = factChanges;
        this.byId = factChanges.stream().collect(Collectors.toMap(FactChange::id, Function.identity()));
        this.switchedOff = switchedOff;
    }

    List<Reason> of(Finding before, Finding after) {
        Set<String> chainBefore = before == null ? Set.of() : Chains.facts(before, from);
        Set<String> chainAfter = after == null ? Set.of() : Chains.facts(after, to);
        Set<String> all = new TreeSet<>(chainBefore);
        all.addAll(chainAfter);
        List<Reason> reasons = new ArrayList<>();
        if (before != null) {
            Chains.rules(before, from).stream().filter(switchedOff::contains)
                    .forEach(r -> reasons.add(new Reason(Reason.Kind.RULE_SWITCHED_OFF, r, "")));
        }
        for (String id : all) {
            FactChange c = byId.get(id);
            String newer = before != null && !chainAfter.contains(id) ? overtakenBy.apply(id) : null;
            if (newer != null) {
                // The measure it rested on was ended by a later fact (a repeal, a lapse): that fact is the reason.
                reasons.add(new Reason(Reason.Kind.FACT_SUPERSEDED, id, newer));
            } else if (c != null) {
                reasons.add(fromFactChange(c));
            } else if (before != null && after != null && !chainAfter.contains(id)) {
                reasons.add(new Reason(Reason.Kind.FACT_NO_LONGER_USED, id, ""));
            } else if (before != null && after != null && !chainBefore.contains(id)) {
                reasons.add(new Reason(Reason.Kind.FACT_NEWLY_USED, id, ""));
            }
        }
        return reasons.isEmpty() ? List.of(otherwise(before != null ? before : after)) : reasons;
    }

    private static Reason fromFactChange(FactChange c) {
        return switch (c.kind()) {
            case REMOVED -> new Reason(Reason.Kind.FACT_REMOVED, c.id(), c.describe());
            case ADDED -> new Reason(Reason.Kind.FACT_ADDED, c.id(), c.describe());
            case CHANGED -> new Reason(Reason.Kind.FACT_CHANGED, c.id(), c.describe());
        };
    }

    private Reason otherwise(Finding f) {
        List<String> listed = factChanges.stream().limit(MAX_LISTED).map(FactChange::describe).toList();
        String more = factChanges.size() > MAX_LISTED ? "; …" : "";
        String detail = listed.isEmpty() ? "no fact changed (the rule itself changed)" : String.join("; ", listed) + more;
        return new Reason(Reason.Kind.RULE_JUDGES_DIFFERENTLY, f.rule(), detail);
    }
}
