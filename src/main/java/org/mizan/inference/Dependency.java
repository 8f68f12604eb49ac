package org.mizan.inference;

import java.util.List;

/** {@code dependent} relies on {@code provider} (actor or fact ids) for {@code kind}. */
public record Dependency(String id, String dependent, String provider, DependencyKind kind, Strength strength,
                         String rule, List<String> because) implements Finding {

    public Dependency {
        because = List.copyOf(because);
    }
}
