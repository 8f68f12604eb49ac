package org.mizan.scenario;

import java.util.List;
import java.util.Locale;

import org.mizan.problem.SourceLocation;

/**
 * What an analyst expects of a scenario's findings: a risk type present (optionally within grade bounds) or
 * absent; with {@code actors}, only risks concerning all of them count ({@link RiskActors}). {@code where} points
 * at the entry in the scenario file, so a failure can be printed like a compiler error.
 */
public record Expectation(Presence presence, String riskType, List<String> actors, List<Bound> bounds,
                          SourceLocation where) {

    public enum Presence {
        PRESENT, ABSENT
    }

    public Expectation {
        actors = List.copyOf(actors);
        bounds = List.copyOf(bounds);
    }

    /** {@code present "single-patron-concentration", rating at least high}. */
    public String describe() {
        StringBuilder s = new StringBuilder(presence.name().toLowerCase(Locale.ROOT)).append(" \"").append(riskType).append('"');
        if (!actors.isEmpty()) {
            s.append(" concerning ").append(String.join(", ", actors));
        }
        bounds.forEach(b -> s.append(", ").append(b.describe()));
        return s.toString();
    }
}
