package org.mizan.compare;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.dossier.Actor;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.inference.Dependency;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;
import org.mizan.scenario.RecordFields;

/**
 * What makes a finding "the same" across two runs. Ids name the facts matched, so they change when a scenario
 * swaps a fact; a risk is instead keyed by its type and the actors it concerns, a dependency by dependent,
 * provider and kind.
 */
public record FindingKey(String kind, String value) {

    public static FindingKey of(Dependency d) {
        return new FindingKey("dependency", d.dependent() + " -> " + d.provider() + " (" + d.kind().name().toLowerCase() + ")");
    }

    public static FindingKey of(RiskJudgment risk, Findings findings, Dossier dossier) {
        return new FindingKey("risk", risk.type() + " " + actorsConcerned(risk, findings, dossier));
    }

    public static FindingKey of(Finding f, Findings findings, Dossier dossier) {
        return f instanceof Dependency d ? of(d) : of((RiskJudgment) f, findings, dossier);
    }

    /**
     * The actors named by what a risk directly rests on: actor ids themselves, the two ends of a dependency (when
     * they are actors, not bases), and the actor-valued fields of a fact (provider, operator, subject, …).
     */
    public static Set<String> actorsConcerned(RiskJudgment risk, Findings findings, Dossier dossier) {
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
            List<?> values = value instanceof List<?> l ? l : java.util.Collections.singletonList(value);
            values.stream().filter(v -> v instanceof String s && !s.equals(fact.id()) && facts.get(s) instanceof Actor)
                    .forEach(v -> actors.add((String) v));
        }
        return actors;
    }

    @Override
    public String toString() {
        return kind + " " + value;
    }
}
