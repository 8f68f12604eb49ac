package org.mizan.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mizan.brief.DependencyGraph.Edge;
import org.mizan.brief.DependencyGraph.Node;
import org.mizan.brief.Tone;

@DisplayName("Order of the actors around the hub")
class RingOrderTest {

    @Test
    void linkedActorsEndUpNextToEachOther() {
        List<Node> ring = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ring.add(new Node("a" + i, "Actor " + i, 0));
        }
        List<Edge> edges = List.of(edge("a0", "a3"), edge("a1", "a4"), edge("a5", "a2"));
        List<String> order = RingOrder.order(ring, edges).stream().map(Node::id).toList();
        for (Edge e : edges) {
            int d = Math.abs(order.indexOf(e.from()) - order.indexOf(e.to()));
            assertEquals(1, Math.min(d, order.size() - d), () -> e + " not adjacent in " + order);
        }
    }

    @Test
    void anOrderWithNothingToGainIsKept() {
        List<Node> ring = List.of(new Node("a", "A", 0), new Node("b", "B", 0), new Node("c", "C", 0));
        assertEquals(ring, RingOrder.order(ring, List.of(edge("a", "b"))));
    }

    private static Edge edge(String from, String to) {
        return new Edge(from, to, "financial", Tone.LOW);
    }
}
