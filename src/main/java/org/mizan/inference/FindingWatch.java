package org.mizan.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.kie.api.event.rule.ObjectDeletedEvent;
import org.kie.api.event.rule.ObjectInsertedEvent;
import org.kie.api.event.rule.ObjectUpdatedEvent;
import org.kie.api.event.rule.RuleRuntimeEventListener;
import org.mizan.dossier.Dossier;

/**
 * The findings of one session kept up to date by listening to working memory, so that a warm loop (the
 * sensitivity analysis) can ask what a firing changed and re-grade only the risks that change could reach,
 * instead of judging every finding of the dossier after each one. Grades come from the same {@link Judge} as
 * {@link Session#findings}, reading the same objects: what working memory holds, indexed by id.
 */
public final class FindingWatch implements RuleRuntimeEventListener {

    private final Map<String, List<Finding>> byId = new HashMap<>();
    private final Map<String, List<Rating>> ratings = new HashMap<>();
    private final Map<Object, Integer> net = new HashMap<>();
    private final Judge judge;
    private final ConfidenceAssessor assessor;

    FindingWatch(RuleBase rules, Dossier dossier, List<?> present) {
        this.judge = new Judge(rules, dossier);
        this.assessor = judge.assessor(this::finding);
        present.forEach(o -> count(o, 1));
        net.clear();
    }

    /** What changed since the last call (or since the watch began), and a fresh start for the next. */
    public FiringDelta drain() {
        FiringDelta delta = new FiringDelta(net);
        net.clear();
        return delta;
    }

    /** Words, rates and grades {@code risks} as {@link Session#findings} would now, in the order given. */
    public List<RiskJudgment> judge(List<Risk> risks) {
        return judge.judgeRisks(risks, assessor, this::ratingsOf);
    }

    /**
     * The ids whose findings or ratings the grade of {@code risk} reads now: its own (for its rating) and every id
     * its confidence walk looks up, found or not.
     */
    public Set<String> idsRead(Risk risk) {
        Set<String> ids = assessor.idsRead(risk);
        ids.add(risk.id());
        return ids;
    }

    @Override
    public void objectInserted(ObjectInsertedEvent event) {
        count(event.getObject(), 1);
    }

    @Override
    public void objectUpdated(ObjectUpdatedEvent event) {
        count(event.getOldObject(), -1);
        count(event.getObject(), 1);
    }

    @Override
    public void objectDeleted(ObjectDeletedEvent event) {
        count(event.getOldObject(), -1);
    }

    /**
     * As Judge's map by id: a risk over a dependency of the same id (the map takes risks last). Findings of one id
     * rest on the same grounds (the id hashes the rule and what it matched), so which one is read is no matter.
     */
    private Finding finding(String id) {
        List<Finding> all = byId.get(id);
        if (all == null) {
            return null;
        }
        return all.stream().filter(f -> f instanceof Risk).findFirst().orElse(all.get(0));
    }

    private Set<Rating> ratingsOf(String riskId) {
        return Set.copyOf(ratings.getOrDefault(riskId, List.of()));
    }

    private void count(Object o, int sign) {
        if (o instanceof Dependency || o instanceof Risk) {
            update(byId, ((Finding) o).id(), (Finding) o, sign);
        } else if (o instanceof RiskRating r) {
            update(ratings, r.riskId(), r.rating(), sign);
        } else {
            return;
        }
        if (net.merge(o, sign, Integer::sum) == 0) {
            net.remove(o);
        }
    }

    private static <T> void update(Map<String, List<T>> index, String id, T value, int sign) {
        if (sign > 0) {
            index.computeIfAbsent(id, k -> new ArrayList<>()).add(value);
            return;
        }
        List<T> all = index.get(id);
        if (all != null && all.remove(value) && all.isEmpty()) {
            index.remove(id);
        }
    }
}
