package org.mizan.brief;

import java.util.List;

/**
 * Who depends on whom. An edge runs from the dependent to the provider, labelled with the kinds of dependency.
 * {@code weight} of a node is how many dependencies rest on it, so the most depended-on actor can stand out.
 */
public record DependencyGraph(List<Node> nodes, List<Edge> edges) implements Diagram {

    public DependencyGraph {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
    }

    public record Node(String id, String label, int weight) {
    }

    public record Edge(String from, String to, String label, Tone tone) {
    }
}
