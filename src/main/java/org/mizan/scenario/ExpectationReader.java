package org.mizan.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mizan.dossier.FactReader;
import org.mizan.problem.NearNames;

/** Reads a scenario's {@code expect} list: {@code {"present": TYPE, "minRating": "high"}} or {@code {"absent": TYPE}}. */
final class ExpectationReader {

    private static final String SHAPE = "an expectation is { \"present\": \"risk-type\", \"minRating\": \"high\", … } "
            + "or { \"absent\": \"risk-type\" }, either with \"actors\": [ … ] if it concerns some actors only; "
            + "bounds: min/max + Rating, Likelihood, Impact, Confidence";

    private final FactReader reader;
    private final Set<String> riskTypes;
    private final Set<String> actorIds;

    /**
     * @param riskTypes the risk types the rules can infer; empty when not known, and then not checked
     * @param actorIds  the actors of the scenario's dossier, which an expectation may name
     */
    ExpectationReader(FactReader reader, Set<String> riskTypes, Set<String> actorIds) {
        this.reader = reader;
        this.riskTypes = riskTypes;
        this.actorIds = actorIds;
    }

    List<Expectation> read(LocatedJson node) {
        List<Expectation> expectations = new ArrayList<>();
        for (LocatedJson item : ScenarioLoader.items(node, "expect", reader)) {
            Expectation e = expectation(item);
            if (e != null) {
                expectations.add(e);
            }
        }
        return expectations;
    }

    private Expectation expectation(LocatedJson item) {
        LocatedJson present = item.get("present");
        LocatedJson absent = item.get("absent");
        if (!item.isObject() || (present == null) == (absent == null)) {
            reader.problem(item.at(), SHAPE);
            return null;
        }
        LocatedJson type = present != null ? present : absent;
        if (!type.value().isTextual() || type.value().asText().isBlank()) {
            reader.problem(type.at(), "the risk type must be a string such as \"single-patron-concentration\"");
            return null;
        }
        int before = reader.problems().size();
        String riskType = type.value().asText();
        if (!riskTypes.isEmpty() && !riskTypes.contains(riskType)) {
            reader.problem(type.at(), "unknown risk type \"" + riskType + "\"" + NearNames.hint(riskType, riskTypes)
                    + " (risk types are defined in rules/risks.json)");
        }
        List<String> actors = actors(item.get("actors"));
        List<Bound> bounds = bounds(item);
        if (absent != null && !bounds.isEmpty()) {
            reader.problem(item.at(), "an \"absent\" expectation takes no grade bounds");
        }
        return reader.problems().size() > before ? null : new Expectation(present != null ? Expectation.Presence.PRESENT
                : Expectation.Presence.ABSENT, riskType, actors, bounds, item.at());
    }

    private List<String> actors(LocatedJson node) {
        List<String> actors = new ArrayList<>();
        for (LocatedJson item : ScenarioLoader.items(node, "actors", reader)) {
            String id = item.value().asText();
            if (item.value().isTextual() && actorIds.contains(id)) {
                actors.add(id);
            } else {
                reader.problem(item.at(), "unknown actor \"" + id + "\" in \"actors\"" + NearNames.hint(id, actorIds));
            }
        }
        return actors;
    }

    private List<Bound> bounds(LocatedJson item) {
        List<Bound> bounds = new ArrayList<>();
        item.fields().forEach((key, field) -> {
            if (!List.of("present", "absent", "actors").contains(key)) {
                Bound b = bound(key, field);
                if (b != null) {
                    bounds.add(b);
                }
            }
        });
        return bounds;
    }

    private Bound bound(String key, LocatedJson.Field field) {
        Bound.Side side = key.startsWith("min") ? Bound.Side.MIN : key.startsWith("max") ? Bound.Side.MAX : null;
        Grade grade = side == null ? null : Grade.ofKeySuffix(key.substring(3)).orElse(null);
        if (grade == null) {
            reader.problem(field.keyAt(), "unknown field \"" + key + "\" in an expectation; " + SHAPE);
            return null;
        }
        String word = field.value().value().asText();
        return Enums.parse(grade.type(), word).map(v -> new Bound(grade, side, v)).orElseGet(() -> {
            reader.problem(field.value().at(), "bad value \"" + word + "\" for \"" + key + "\"; allowed: "
                    + String.join(", ", Enums.words(grade.type())));
            return null;
        });
    }
}
