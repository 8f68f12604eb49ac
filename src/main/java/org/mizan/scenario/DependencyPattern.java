package org.mizan.scenario;

import java.util.ArrayList;
import java.util.List;

import org.mizan.inference.Dependency;
import org.mizan.inference.DependencyKind;
import org.mizan.inference.Strength;

/**
 * What a dependency expectation looks for: {@code {"present": "dependency", "kind": "financial", "dependent": "sdf",
 * "provider": "coalition", "minStrength": "strong"}}. Every part is optional; a part left out matches anything.
 */
public record DependencyPattern(DependencyKind kind, String dependent, String provider, Strength minStrength,
                                Strength maxStrength) {

    /** The word that stands where a risk type would: {@code "present": "dependency"}. */
    public static final String TYPE = "dependency";

    /** The fields a dependency expectation may have besides present/absent. */
    static final List<String> FIELDS = List.of("kind", "dependent", "provider", "minStrength", "maxStrength");

    boolean matches(Dependency d) {
        return (kind == null || d.kind() == kind) && (dependent == null || d.dependent().equals(dependent))
                && (provider == null || d.provider().equals(provider));
    }

    boolean strengthAdmits(Dependency d) {
        return (minStrength == null || d.strength().compareTo(minStrength) >= 0)
                && (maxStrength == null || d.strength().compareTo(maxStrength) <= 0);
    }

    boolean hasBounds() {
        return minStrength != null || maxStrength != null;
    }

    /** {@code dependency financial of sdf on coalition, strength at least strong}. */
    String describe() {
        List<String> parts = new ArrayList<>();
        StringBuilder s = new StringBuilder("dependency");
        if (kind != null) {
            s.append(' ').append(Enums.word(kind));
        }
        if (dependent != null) {
            s.append(" of ").append(dependent);
        }
        if (provider != null) {
            s.append(" on ").append(provider);
        }
        parts.add(s.toString());
        if (minStrength != null) {
            parts.add("strength at least " + Enums.word(minStrength));
        }
        if (maxStrength != null) {
            parts.add("strength at most " + Enums.word(maxStrength));
        }
        return String.join(", ", parts);
    }
}
