package org.mizan.scenario;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.dossier.Actor;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.inference.Dependency;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;

/**
 * The actors a risk concerns, read from what it directly rests on: actor ids themselves, the two ends of a
 * dependency (when they are actors, not bases), and the actor-valued fields of a fact (provider, operator, …).
 * Two runs' risks are matched by type and these actors; expectations can name them.
 */
public final class RiskActors {

    private RiskActors() {
    }

    public static Set<String> of(RiskJudgment risk, Findings findings, Dossier dossier) {
        Map<String, Fact> facts = dossier.factsById();
        Set<String> actors = new TreeSet<>();
        for (String id : risk.because()) {
            Fact fact = facts.get(id);
            if (fact instanceof Actor) {
                actors.add(id);
            } else if (fact != null) {
                actors.addAll(actorFields(fact, facts));
            } else {
                findings.find(id).filter(Dependency.class::isInstance).map(Dependency.class::cast)
                        .ifPresent(d -> List.of(d.dependent(), d.provider()).stream()
                                .filter(a -> facts.get(a) instanceof Actor).forEach(actors::add));
            }
        }
        return actors;
    }

    private static Set<String> actorFields(Fact fact, Map<String, Fact> facts) {
        Set<String> actors = new TreeSet<>();
        for (String name : RecordFields.names(fact.getClass().asSubclass(Record.class))) {
            Object value = RecordFields.get((Record) fact, name);
            List<?> values = value instanceof List<?> l ? l : Collections.singletonList(value);
            values.stream().filter(v -> v instanceof String s && !s.equals(fact.id()) && facts.get(s) instanceof Actor)
                    .forEach(v -> actors.add((String) v));
        }
        return actors;
    }
}
