package org.mizan.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mizan.dossier.Actor;
import org.mizan.dossier.Base;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Resource;
import org.mizan.inference.Dependency;
import org.mizan.inference.Strength;

/**
 * The picture of who gives what to whom, drawn between actors only: a reader acts on actors, and a base or an oil
 * field is something that flows or is relied on, not a party. So:
 * <ul>
 *   <li>a dependency between actors is an arrow from the provider to the dependent, labelled with what flows
 *       (each kind, with the resources its basis names: "revenue security (Rmeilan oil fields, …)");</li>
 *   <li>a dependency on a base or resource held by the dependent itself (the coalition relies on its Kobani base)
 *       is listed on the dependent's node as what it relies on;</li>
 *   <li>one held by another actor becomes an arrow from that actor, the asset named in the label.</li>
 * </ul>
 * Each kind of dependency is its own arrow in the colour of its own strength: two actors tied by funding
 * ("critical") and surveillance ("moderate") get two arrows, never one arrow in the strongest colour, which would
 * show the weaker tie as critical. Arrows are ordered strongest first, so the figure and its label read alike.
 */
final class DependencyFigure {

    record MostDependedOn(String id, String name, int weight) {
    }

    /** One thing that flows from an actor to another, before grouping by pair. */
    private record Flow(String from, String to, String words, Strength strength, boolean undated) {
    }

    private DependencyFigure() {
    }

    static Figure build(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Flow> flows = new ArrayList<>();
        Map<String, List<String>> reliesOn = new TreeMap<>();
        for (Dependency d : ctx.dependencies()) {
            Fact provider = ctx.facts().get(d.provider());
            String holder = holder(provider);
            boolean undated = undated(ctx, d);
            String kind = w.word(d.kind()) + (undated ? " (" + w.label("word.undated") + ")" : "");
            if (provider == null || provider instanceof Actor) {
                flows.add(new Flow(d.provider(), d.dependent(), withResources(ctx, kind, d), d.strength(), undated));
            } else if (holder == null || holder.equals(d.dependent())) {
                reliesOn.computeIfAbsent(d.dependent(), k -> new ArrayList<>())
                        .add(ctx.names().of(d.provider()) + ": " + kind);
            } else {
                flows.add(new Flow(holder, d.dependent(), kind + " (" + ctx.names().of(d.provider()) + ")",
                        d.strength(), undated));
            }
        }
        List<DependencyGraph.Edge> edges = edges(flows);
        Map<String, Integer> weights = new TreeMap<>();
        flows.forEach(f -> {
            weights.merge(f.from(), 1, Integer::sum);
            weights.putIfAbsent(f.to(), 0);
        });
        reliesOn.keySet().forEach(id -> weights.putIfAbsent(id, 0));
        List<DependencyGraph.Node> nodes = weights.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> new DependencyGraph.Node(e.getKey(), ctx.names().shortOf(e.getKey()), e.getValue(),
                        w.label("graph.relies-on"), reliesOn.getOrDefault(e.getKey(), List.of())))
                .toList();
        DependencyGraph graph = new DependencyGraph(nodes, edges, legend(w, edges));
        return new Figure(Anchors.DEPENDENCY_FIGURE, w.label("caption.graph"), w.label("alt.graph"), graph);
    }

    /**
     * A dependency is undated when every fact it rests on (its basis, actors aside) is undated: the sources tell
     * what it stands on only as history or without a time.
     */
    static boolean undated(BriefContext ctx, Dependency d) {
        List<Fact> basis = d.because().stream().map(id -> ctx.facts().get(id))
                .filter(f -> f != null && !(f instanceof Actor)).toList();
        return !basis.isEmpty() && basis.stream().allMatch(Fact::undated);
    }

    /** The actor that holds a base (its operator) or a resource (its controller); null for anything else. */
    private static String holder(Fact fact) {
        if (fact instanceof Base b) {
            return b.operator();
        }
        return fact instanceof Resource r ? r.controller() : null;
    }

    /** "revenue security (Rmeilan oil fields, al-Omar oil field)": the resources the dependency's basis names. */
    private static String withResources(BriefContext ctx, String kind, Dependency d) {
        List<String> resources = d.because().stream().filter(id -> ctx.facts().get(id) instanceof Resource)
                .map(id -> ctx.names().of(id)).toList();
        return resources.isEmpty() ? kind : kind + " (" + ctx.wording().join(resources) + ")";
    }

    /**
     * One edge per flow, in a fixed order: by pair of actors, then strongest first, then by words. A flow named twice
     * between the same actors with the same strength (two bases serving one kind) is drawn once.
     */
    private static List<DependencyGraph.Edge> edges(List<Flow> flows) {
        Set<Flow> distinct = new java.util.TreeSet<>(Comparator.comparing(Flow::from).thenComparing(Flow::to)
                .thenComparing(Flow::strength, Comparator.reverseOrder()).thenComparing(Flow::words));
        distinct.addAll(flows);
        return distinct.stream()
                .map(f -> new DependencyGraph.Edge(f.from(), f.to(), List.of(f.words()), Inlines.tone(f.strength()),
                        f.undated()))
                .toList();
    }

    /** The arrow's meaning, and the strengths whose colours the edges use, strongest first. */
    private static DependencyGraph.Legend legend(Wording w, List<DependencyGraph.Edge> edges) {
        Set<Tone> used = EnumSet.noneOf(Tone.class);
        edges.forEach(e -> used.add(e.tone()));
        List<DependencyGraph.Key> keys = new ArrayList<>();
        Strength[] strengths = Strength.values();
        for (int i = strengths.length - 1; i >= 0; i--) {
            Strength s = strengths[i];
            if (used.contains(Inlines.tone(s))) {
                keys.add(new DependencyGraph.Key(Inlines.tone(s), w.word(s)));
            }
        }
        boolean undated = edges.stream().anyMatch(DependencyGraph.Edge::undated);
        return new DependencyGraph.Legend(w.label("graph.arrow"), w.label("graph.strength"), keys,
                undated ? w.label("graph.undated") : "");
    }

    /** How many of these dependencies rest on each actor or asset; every party has an entry, dependents too. */
    static Map<String, Integer> weights(List<Dependency> dependencies) {
        Map<String, Integer> weights = new TreeMap<>();
        for (Dependency d : dependencies) {
            weights.putIfAbsent(d.dependent(), 0);
            weights.merge(d.provider(), 1, Integer::sum);
        }
        return weights;
    }

    /** How many actors take part in these dependencies: bases and resources relied on are not actors. */
    static long actorCount(BriefContext ctx, List<Dependency> dependencies) {
        return weights(dependencies).keySet().stream()
                .filter(id -> !(ctx.facts().get(id) instanceof Base) && !(ctx.facts().get(id) instanceof Resource))
                .count();
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
}
