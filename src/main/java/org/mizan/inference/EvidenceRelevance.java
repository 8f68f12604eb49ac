package org.mizan.inference;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.dossier.Fact;

/**
 * Does each fact a finding cites bear on its subject? A cited fact is relevant when it shares an actor, place or
 * resource with the finding: one of the ids it names (any id-valued field, and its own id) is a party of the
 * finding (its subject and object, or dependent and provider), a party of a finding it rests on, or named by a
 * relevant fact cited beside it (so a base operated by the sponsor of a cited agreement counts). A fact the rule
 * names as context ({@code @context}) is exempt. What is left is reported: the rule cites evidence unrelated to
 * what it judges.
 */
public final class EvidenceRelevance {

    /** A cited fact that shares nothing with the finding that cites it. */
    public record Unrelated(String finding, String rule, String fact) {
    }

    private EvidenceRelevance() {
    }

    public static List<Unrelated> check(Findings findings, Map<String, Fact> facts) {
        Map<String, Finding> byId = new HashMap<>();
        findings.dependencies().forEach(d -> byId.put(d.id(), d));
        findings.risks().forEach(r -> byId.put(r.id(), r));
        List<Unrelated> out = new ArrayList<>();
        for (Finding f : byId.values().stream().sorted(java.util.Comparator.comparing(Finding::id)).toList()) {
            Set<String> parties = new HashSet<>(parties(f));
            f.because().stream().map(byId::get).filter(x -> x != null).forEach(x -> parties.addAll(parties(x)));
            List<Fact> cited = f.because().stream().filter(id -> !f.context().contains(id)).map(facts::get)
                    .filter(x -> x != null).toList();
            Set<String> relevant = new HashSet<>();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (Fact fact : cited) {
                    Set<String> named = mentions(fact);
                    if (!relevant.contains(fact.id()) && named.stream().anyMatch(parties::contains)) {
                        relevant.add(fact.id());
                        parties.addAll(named);
                        grew = true;
                    }
                }
            }
            cited.stream().filter(x -> !relevant.contains(x.id()))
                    .forEach(x -> out.add(new Unrelated(f.id(), f.rule(), x.id())));
        }
        return out;
    }

    private static List<String> parties(Finding f) {
        List<String> p = new ArrayList<>();
        if (f instanceof Dependency d) {
            p.add(d.dependent());
            p.add(d.provider());
        } else if (f instanceof RiskJudgment r) {
            p.add(r.subject());
            p.add(r.object());
        }
        p.removeIf(x -> x == null);
        return p;
    }

    /** The ids a fact names: its own, and every text id or list of ids among its fields (actors, places, ...). */
    static Set<String> mentions(Fact fact) {
        Set<String> ids = new HashSet<>();
        ids.add(fact.id());
        RecordComponent[] components = fact.getClass().getRecordComponents();
        if (components == null) {
            return ids;
        }
        for (RecordComponent c : components) {
            try {
                Object value = c.getAccessor().invoke(fact);
                if (value instanceof String s) {
                    ids.add(s);
                } else if (value instanceof Collection<?> list) {
                    list.stream().filter(String.class::isInstance).map(String.class::cast).forEach(ids::add);
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("record accessor " + c.getName() + " of " + fact.getClass(), e);
            }
        }
        return ids;
    }
}
