package org.mizan.inference;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * What the dossier says about a contingency's trigger, as the rule found it: the facts that report it planned or
 * under way ({@code supporting}: a plan) and the facts that deny it ({@code opposing}: an official denial). The
 * trigger's words and its competing hypothesis are in rules/risks.json.
 */
public record Trigger(List<String> supporting, List<String> opposing) {

    public Trigger {
        supporting = List.copyOf(supporting);
        opposing = List.copyOf(opposing);
    }

    /** From the facts (lists from an accumulate, single facts, or null) a rule matched for and against. */
    public static Trigger of(Object supporting, Object opposing) {
        return new Trigger(ids(supporting), ids(opposing));
    }

    /** The dossier says nothing either way. */
    public static Trigger unassessed() {
        return new Trigger(List.of(), List.of());
    }

    /** What the facts amount to. */
    public TriggerStance stance() {
        if (!supporting.isEmpty()) {
            return opposing.isEmpty() ? TriggerStance.REPORTED : TriggerStance.CONTESTED;
        }
        return opposing.isEmpty() ? TriggerStance.NOT_REPORTED : TriggerStance.DENIED;
    }

    private static List<String> ids(Object facts) {
        TreeSet<String> ids = new TreeSet<>();
        if (facts instanceof Collection<?> c) {
            c.forEach(o -> Derive.idOf(o, ids));
        } else if (facts != null) {
            Derive.idOf(facts, ids);
        }
        return List.copyOf(ids);
    }
}
