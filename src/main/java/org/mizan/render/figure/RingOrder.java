package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.brief.DependencyGraph;

/**
 * Orders the actors around the hub so that actors linked to each other sit close on the ring: their edges then
 * run along the ring's edge instead of across the figure, through the hub. Pairwise swaps while the total ring
 * distance of the linked pairs drops; deterministic, and cheap for the dozen actors a figure holds.
 */
final class RingOrder {

    private RingOrder() {
    }

    static List<DependencyGraph.Node> order(List<DependencyGraph.Node> ring, List<DependencyGraph.Edge> edges) {
        List<DependencyGraph.Node> order = new ArrayList<>(ring);
        boolean improved = true;
        while (improved) {
            improved = false;
            for (int i = 0; i < order.size(); i++) {
                for (int j = i + 1; j < order.size(); j++) {
                    double before = cost(order, edges);
                    swap(order, i, j);
                    if (cost(order, edges) < before - 1e-9) {
                        improved = true;
                    } else {
                        swap(order, i, j);
                    }
                }
            }
        }
        return order;
    }

    private static void swap(List<DependencyGraph.Node> order, int i, int j) {
        DependencyGraph.Node t = order.get(i);
        order.set(i, order.get(j));
        order.set(j, t);
    }

    private static double cost(List<DependencyGraph.Node> order, List<DependencyGraph.Edge> edges) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < order.size(); i++) {
            index.put(order.get(i).id(), i);
        }
        int n = order.size();
        double cost = 0;
        for (DependencyGraph.Edge e : edges) {
            Integer a = index.get(e.from());
            Integer b = index.get(e.to());
            if (a != null && b != null) {
                int d = Math.abs(a - b);
                cost += Math.min(d, n - d);
            }
        }
        return cost;
    }
}
