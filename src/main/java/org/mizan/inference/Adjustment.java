package org.mizan.inference;

import java.util.Collection;
import java.util.List;
import java.util.TreeSet;

/**
 * A step a rule takes from its default likelihood because of facts it matched: a plan raises it, joint operations
 * lower it. {@code reason} keys the wording in rules/risks.json ("adjustments"), {@code steps} is +n (raised) or
 * -n (lowered) on the ICD 203 scale, {@code because} the ids of the facts or findings that moved it. A rule writes
 * {@code Adjustment.raise("planned", $plans)}; with no such facts the adjustment does not apply.
 */
public record Adjustment(String reason, int steps, List<String> because) {

    public Adjustment {
        because = List.copyOf(because);
    }

    /** One step up when {@code facts} is not empty (a list from an accumulate, or a single fact). */
    public static Adjustment raise(String reason, Object facts) {
        return of(reason, 1, facts);
    }

    /** One step down when {@code facts} is not empty. */
    public static Adjustment lower(String reason, Object facts) {
        return of(reason, -1, facts);
    }

    /** {@code steps} up (positive) or down (negative) when {@code facts} is not empty. */
    public static Adjustment of(String reason, int steps, Object facts) {
        TreeSet<String> ids = new TreeSet<>();
        if (facts instanceof Collection<?> c) {
            c.forEach(o -> Derive.idOf(o, ids));
        } else if (facts != null) {
            Derive.idOf(facts, ids);
        }
        return new Adjustment(reason, ids.isEmpty() ? 0 : steps, List.copyOf(ids));
    }

    /** Whether the facts were there to move the likelihood at all. */
    public boolean applies() {
        return steps != 0 && !because.isEmpty();
    }
}
