package org.mizan.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.mizan.inference.Dependency;
import org.mizan.inference.Strength;

/**
 * The graph of who depends on whom. Parallel dependencies (same dependent and provider, several kinds) become
 * one edge with a combined label, so the picture shows relationships, not a tangle of arrows; the edge takes
 * the tone of its strongest dependency.
 */
final class DependencyFigure {

    record MostDependedOn(String id, String name, int weight) {
    }

    private DependencyFigure() {
    }

    static Figure build(BriefContext ctx) {
        Wording w = ctx.wording();
        Map<String, Integer> weights = weights(ctx.dependencies());
        List<DependencyGraph.Node> nodes = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new DependencyGraph.Node(e.getKey(), ctx.names().shortOf(e.getKey()), e.getValue())).toList();
        DependencyGraph graph = new DependencyGraph(nodes, edges(ctx));
        return new Figure(Anchors.DEPENDENCY_FIGURE, w.label("caption.graph"), w.label("alt.graph"), graph);
    }

    /** How many of these dependencies rest on each actor; every actor has an entry, dependents too. */
    static Map<String, Integer> weights(List<Dependency> dependencies) {
        Map<String, Integer> weights = new TreeMap<>();
        for (Dependency d : dependencies) {
            weights.putIfAbsent(d.dependent(), 0);
            weights.merge(d.provider(), 1, Integer::sum);
        }
        return weights;
    }

    /**
     * The actor most dependencies rest on, counting all of them, not only those the brief shows (ties: the first
     * id), or null without dependencies.
     */
    static MostDependedOn mostDependedOn(BriefContext ctx) {
        return weights(ctx.input().findings().dependencies()).entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue()
                        .thenComparing(Map.Entry.<String, Integer>comparingByKey().reversed()))
                .map(e -> new MostDependedOn(e.getKey(), ctx.names().of(e.getKey()), e.getValue()))
                .orElse(null);
    }

    private static List<DependencyGraph.Edge> edges(BriefContext ctx) {
        Map<List<String>, List<Dependency>> grouped = new LinkedHashMap<>();
        ctx.dependencies().stream()
                .sorted(Comparator.comparing(Dependency::dependent).thenComparing(Dependency::provider)
                        .thenComparing(Dependency::kind))
                .forEach(d -> grouped.computeIfAbsent(List.of(d.dependent(), d.provider()), k -> new ArrayList<>())
                        .add(d));
        List<DependencyGraph.Edge> edges = new ArrayList<>();
        grouped.forEach((pair, deps) -> edges.add(new DependencyGraph.Edge(pair.get(0), pair.get(1),
                label(ctx.wording(), deps), Inlines.tone(strongest(deps)))));
        return edges;
    }

    private static String label(Wording w, List<Dependency> deps) {
        return w.join(deps.stream().map(Dependency::kind).distinct().map(w::word).toList());
    }

    private static Strength strongest(List<Dependency> deps) {
        return deps.stream().map(Dependency::strength).max(Comparator.naturalOrder()).orElse(Strength.WEAK);
    }
}
