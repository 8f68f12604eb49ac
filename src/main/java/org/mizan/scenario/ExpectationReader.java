package org.mizan.scenario;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mizan.dossier.FactReader;
import org.mizan.inference.DependencyKind;
import org.mizan.inference.Strength;
import org.mizan.problem.NearNames;

/** Reads a scenario's {@code expect} list: {@code {"present": TYPE, "minRating": "high"}} or {@code {"absent": TYPE}}. */
final class ExpectationReader {

    private static final String SHAPE = "an expectation is { \"present\": \"risk-type\", \"minRating\": \"high\", … } "
            + "or { \"absent\": \"risk-type\" }, either with \"actors\": [ … ] if it concerns some actors only; "
            + "bounds: min/max + Rating, Likelihood, Impact, Confidence; or, for a dependency, { \"present\": "
            + "\"dependency\", \"kind\": …, \"dependent\": …, \"provider\": …, \"minStrength\": … }";

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
        if (riskType.equals(DependencyPattern.TYPE)) {
            DependencyPattern pattern = dependency(item);
            return reader.problems().size() > before ? null : Expectation.ofDependency(present != null
                    ? Expectation.Presence.PRESENT : Expectation.Presence.ABSENT, pattern, item.at());
        }
        if (!riskTypes.isEmpty() && !riskTypes.contains(riskType)) {
            reader.problem(type.at(), "unknown risk type \"" + riskType + "\"" + NearNames.hint(riskType, riskTypes)
                    + " (risk types are defined in rules/risks.json and listed by ./mizan ids; for a dependency write"
                    + " \"" + DependencyPattern.TYPE + "\")");
        }
        List<String> actors = actors(item.get("actors"));
        List<Bound> bounds = bounds(item);
        if (absent != null && !bounds.isEmpty()) {
            reader.problem(item.at(), "an \"absent\" expectation takes no grade bounds");
        }
        return reader.problems().size() > before ? null : new Expectation(present != null ? Expectation.Presence.PRESENT
                : Expectation.Presence.ABSENT, riskType, actors, bounds, item.at());
    }

    /** {@code "kind"}, {@code "dependent"}, {@code "provider"} and strength bounds of a dependency expectation. */
    private DependencyPattern dependency(LocatedJson item) {
        item.fields().forEach((key, field) -> {
            if (!key.equals("present") && !key.equals("absent") && !DependencyPattern.FIELDS.contains(key)) {
                reader.problem(field.keyAt(), "unknown field \"" + key + "\" in a dependency expectation"
                        + NearNames.hint(key, DependencyPattern.FIELDS) + " (allowed: "
                        + String.join(", ", DependencyPattern.FIELDS) + ")");
            }
        });
        DependencyPattern pattern = new DependencyPattern(enumField(item, "kind", DependencyKind.class),
                actorField(item, "dependent"), actorField(item, "provider"),
                enumField(item, "minStrength", Strength.class), enumField(item, "maxStrength", Strength.class));
        if (item.get("absent") != null && pattern.hasBounds()) {
            reader.problem(item.at(), "an \"absent\" expectation takes no strength bounds");
        }
        return pattern;
    }

    private <E extends Enum<E>> E enumField(LocatedJson item, String key, Class<E> type) {
        LocatedJson node = item.get(key);
        if (node == null) {
            return null;
        }
        String word = node.value().asText();
        return Enums.parse(type, word).map(type::cast).orElseGet(() -> {
            reader.problem(node.at(), "bad value \"" + word + "\" for \"" + key + "\"" + NearNames.hint(word,
                    Enums.words(type)) + "; allowed: " + String.join(", ", Enums.words(type)));
            return null;
        });
    }

    private String actorField(LocatedJson item, String key) {
        LocatedJson node = item.get(key);
        if (node == null) {
            return null;
        }
        String id = node.value().asText();
        if (!node.value().isTextual() || !actorIds.contains(id)) {
            reader.problem(node.at(), "unknown actor \"" + id + "\" in \"" + key + "\"" + NearNames.hint(id, actorIds)
                    + " (actors are listed by ./mizan ids)");
            return null;
        }
        return id;
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
