package org.mizan.scenario;

import java.util.List;
import java.util.Locale;

import org.mizan.problem.SourceLocation;

/**
 * What an analyst expects of a scenario's findings: a risk type, or a dependency ({@link DependencyPattern}),
 * present (optionally within grade bounds) or absent; with {@code actors}, only risks concerning all of them count ({@link RiskActors}). {@code where} points
 * at the entry in the scenario file, so a failure can be printed like a compiler error.
 */
public record Expectation(Presence presence, String riskType, List<String> actors, List<Bound> bounds,
                          SourceLocation where, DependencyPattern dependency) {

    public enum Presence {
        PRESENT, ABSENT
    }

    public Expectation {
        actors = List.copyOf(actors);
        bounds = List.copyOf(bounds);
    }

    /** An expectation on a risk type. */
    public Expectation(Presence presence, String riskType, List<String> actors, List<Bound> bounds,
                       SourceLocation where) {
        this(presence, riskType, actors, bounds, where, null);
    }

    /** An expectation on dependencies. */
    public static Expectation ofDependency(Presence presence, DependencyPattern pattern, SourceLocation where) {
        return new Expectation(presence, DependencyPattern.TYPE, List.of(), List.of(), where, pattern);
    }

    /** {@code present "single-patron-concentration", rating at least high}. */
    public String describe() {
        if (dependency != null) {
            return presence.name().toLowerCase(Locale.ROOT) + " " + dependency.describe();
        }
        StringBuilder s = new StringBuilder(presence.name().toLowerCase(Locale.ROOT)).append(" \"").append(riskType).append('"');
        if (!actors.isEmpty()) {
            s.append(" concerning ").append(String.join(", ", actors));
        }
        bounds.forEach(b -> s.append(", ").append(b.describe()));
        return s.toString();
    }
}
