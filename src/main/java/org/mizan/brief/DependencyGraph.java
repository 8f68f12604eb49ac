package org.mizan.brief;

import java.util.List;

/**
 * Who gives what to whom, between actors only. An edge runs from the provider to the dependent, the way the
 * support flows, and carries what flows (one edge per kind, with the resources it concerns). What an actor
 * relies on that is not an actor (its own bases, say) is listed on the actor's node, not drawn as another node.
 * {@code weight} of a node is how many of the edges' dependencies rest on it, so the most depended-on actor can
 * stand out; {@code legend} says how to read the arrows and colours.
 */
public record DependencyGraph(List<Node> nodes, List<Edge> edges, Legend legend) implements Diagram {

    public DependencyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    /** A graph without a legend (samples, warm-up). */
    public DependencyGraph(List<Node> nodes, List<Edge> edges) {
        this(nodes, edges, new Legend("", "", List.of()));
    }

    /** {@code reliesOn}: what the actor relies on that is not an actor, e.g. "Ithriya base: logistics". */
    public record Node(String id, String label, int weight, String reliesOnTitle, List<String> reliesOn) {
        public Node {
            reliesOn = List.copyOf(reliesOn);
        }

        public Node(String id, String label, int weight) {
            this(id, label, weight, "", List.of());
        }
    }

    /**
     * From provider to dependent, one arrow per kind of dependency, toned by that dependency's own strength;
     * {@code flows} says what the provider gives (the brief puts one phrase: the kind, with the resources it
     * concerns). Several edges between the same actors are drawn side by side. {@code undated}: every fact the arrow
     * rests on is undated in the sources (told as history or without a time), so the figure must not draw it as
     * the state at the cut-off; the flow's words already say "undated".
     */
    public record Edge(String from, String to, List<String> flows, Tone tone, boolean undated) {
        public Edge {
            flows = List.copyOf(flows);
        }

        public Edge(String from, String to, List<String> flows, Tone tone) {
            this(from, to, flows, tone, false);
        }

        public Edge(String from, String to, String flow, Tone tone) {
            this(from, to, List.of(flow), tone, false);
        }
    }

    /** How to read the figure: the arrow's meaning, and each colour used with the strength it stands for. */
    /** {@code undated}: what a dashed arrow means, blank when no arrow is undated. */
    public record Legend(String arrow, String strengthTitle, List<Key> keys, String undated) {
        public Legend {
            keys = List.copyOf(keys);
            undated = undated == null ? "" : undated;
        }

        public Legend(String arrow, String strengthTitle, List<Key> keys) {
            this(arrow, strengthTitle, keys, "");
        }
    }

    public record Key(Tone tone, String text) {
    }
}
