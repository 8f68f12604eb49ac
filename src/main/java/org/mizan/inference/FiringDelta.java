package org.mizan.inference;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one firing did to the findings of a session, net: the dependencies, risks and ratings that came into
 * working memory or went out of it (a finding put in and taken out again within the firing is not there). Counts
 * are per equal object; the session is equality-based, so one is the rule.
 */
public record FiringDelta(Map<Object, Integer> net) {

    public FiringDelta {
        net = Map.copyOf(net);
    }

    /** The objects of {@code type} that came in, each as often as it came. */
    public <T> List<T> came(Class<T> type) {
        return objects(type, 1);
    }

    /** The objects of {@code type} that went out, each as often as it went. */
    public <T> List<T> went(Class<T> type) {
        return objects(type, -1);
    }

    /**
     * The ids whose finding came, went, or whose rating changed: a grade that reads none of them (see
     * {@link FindingWatch#idsRead}) is the same before and after.
     */
    public Set<String> touchedIds() {
        Set<String> ids = new HashSet<>();
        net.keySet().forEach(o -> ids.add(o instanceof RiskRating r ? r.riskId() : ((Finding) o).id()));
        return ids;
    }

    /** Whether this firing put back exactly what {@code earlier} took away and took away what it added. */
    public boolean undoes(FiringDelta earlier) {
        return net.size() == earlier.net.size()
                && net.entrySet().stream().allMatch(e -> -e.getValue() == earlier.net.getOrDefault(e.getKey(), 0));
    }

    public boolean isEmpty() {
        return net.isEmpty();
    }

    private <T> List<T> objects(Class<T> type, int sign) {
        List<T> out = new ArrayList<>();
        net.forEach((o, count) -> {
            for (int i = 0; type.isInstance(o) && i < count * sign; i++) {
                out.add(type.cast(o));
            }
        });
        return out;
    }
}
