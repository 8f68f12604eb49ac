package org.mizan.inference;

import java.util.List;

/** {@code dependent} relies on {@code provider} (actor or fact ids) for {@code kind}. */
public record Dependency(String id, String dependent, String provider, DependencyKind kind, Strength strength,
                         String rule, List<String> because, List<String> context) implements Finding {

    public Dependency {
        because = List.copyOf(because);
        context = List.copyOf(context);
    }

    /** A dependency whose rule names no context. */
    public Dependency(String id, String dependent, String provider, DependencyKind kind, Strength strength,
                      String rule, List<String> because) {
        this(id, dependent, provider, kind, strength, rule, because, List.of());
    }
}
