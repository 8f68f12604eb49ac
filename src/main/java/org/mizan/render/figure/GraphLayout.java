package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.brief.DependencyGraph;
import org.mizan.render.Palette;

/**
 * Lays out a dependency graph radially: the most depended-on actor (highest weight) in the centre, in a larger
 * accent-coloured box, the others on an ellipse around it clockwise from the top, linked actors side by side. The ellipse
 * grows downwards until no node and no edge label overlaps another; the width is fixed to the text column.
 */
final class GraphLayout {

    static final double WIDTH = 480;
    static final double MARGIN = 6;
    private static final double NODE_SIZE = 9;
    private static final double HUB_SIZE = 10.5;
    private static final double NODE_TEXT_WIDTH = 100;
    private static final double PAD_X = 8;
    private static final double PAD_Y = 5;
    private static final int ATTEMPTS = 10;
    /** Keeps a crowded figure within about two thirds of an A4 text block rather than growing without end. */
    private static final double MAX_RADIUS_Y = 250;

    private GraphLayout() {
    }

    static Drawing layout(DependencyGraph graph) {
        if (graph.nodes().isEmpty()) {
            return new Drawing(WIDTH, 2 * MARGIN, List.of());
        }
        if (graph.nodes().stream().map(DependencyGraph.Node::id).distinct().count() < graph.nodes().size()) {
            throw new IllegalArgumentException("two actors share an id in the dependency graph");
        }
        // Of equally weighted actors, the first listed becomes the hub.
        DependencyGraph.Node hub = graph.nodes().stream()
                .max(Comparator.comparingInt(DependencyGraph.Node::weight)).orElseThrow();
        Map<String, TextBlock> texts = new LinkedHashMap<>();
        for (DependencyGraph.Node n : graph.nodes()) {
            boolean isHub = n == hub;
            texts.put(n.id(), TextBlock.wrap(n.label(), isHub ? HUB_SIZE : NODE_SIZE, isHub, NODE_TEXT_WIDTH));
        }
        Map<String, Rect> sizes = boxSizes(texts, hub.id());
        return assemble(bestRoute(graph, hub.id(), sizes), texts, hub.id());
    }

    /** Widens the ring step by step until nothing collides, or keeps the attempt with the fewest collisions. */
    private static EdgeRouter.Result bestRoute(DependencyGraph graph, String hubId, Map<String, Rect> sizes) {
        EdgeRouter.Result best = null;
        double ry = Math.min(MAX_RADIUS_Y, baseRadiusY(sizes, hubId, graph.nodes().size() - 1));
        for (int i = 0; i < ATTEMPTS && ry <= MAX_RADIUS_Y; i++, ry *= 1.12) {
            EdgeRouter.Result routed = EdgeRouter.route(graph.edges(), place(graph, hubId, sizes, ry), WIDTH);
            if (best == null || routed.collisions() < best.collisions()) {
                best = routed;
            }
            if (routed.collisions() == 0) {
                break;
            }
        }
        return best;
    }

    /** Box sizes; the hub's box is made larger than every other, so weight reads at a glance. */
    private static Map<String, Rect> boxSizes(Map<String, TextBlock> texts, String hubId) {
        Map<String, Rect> sizes = new LinkedHashMap<>();
        double maxW = 0;
        double maxH = 0;
        for (Map.Entry<String, TextBlock> e : texts.entrySet()) {
            Rect r = new Rect(0, 0, e.getValue().width() + 2 * PAD_X, e.getValue().height() + 2 * PAD_Y);
            sizes.put(e.getKey(), r);
            if (!e.getKey().equals(hubId)) {
                maxW = Math.max(maxW, r.w());
                maxH = Math.max(maxH, r.h());
            }
        }
        Rect hub = sizes.get(hubId);
        sizes.put(hubId, new Rect(0, 0, Math.max(hub.w(), maxW + 16), Math.max(hub.h(), maxH + 10)));
        return sizes;
    }

    private static double baseRadiusY(Map<String, Rect> sizes, String hubId, int others) {
        double maxH = sizes.entrySet().stream().filter(e -> !e.getKey().equals(hubId))
                .mapToDouble(e -> e.getValue().h()).max().orElse(0);
        // Room between hub and ring for one edge label, and enough ring length for the nodes on its sides.
        return Math.max(sizes.get(hubId).h() / 2 + maxH / 2 + 40, others * (maxH + 8) / Math.PI);
    }

    private static Map<String, Rect> place(DependencyGraph graph, String hubId, Map<String, Rect> sizes, double ry) {
        List<DependencyGraph.Node> ring = RingOrder.order(
                graph.nodes().stream().filter(n -> !n.id().equals(hubId)).toList(), graph.edges());
        double maxW = ring.stream().mapToDouble(n -> sizes.get(n.id()).w()).max().orElse(0);
        double cx = WIDTH / 2;
        double rx = WIDTH / 2 - MARGIN - maxW / 2;
        Map<String, Rect> boxes = new LinkedHashMap<>();
        Rect hub = sizes.get(hubId);
        boxes.put(hubId, Rect.centred(cx, 0, hub.w(), hub.h()));
        for (int i = 0; i < ring.size(); i++) {
            double angle = -Math.PI / 2 + 2 * Math.PI * i / ring.size();
            Rect s = sizes.get(ring.get(i).id());
            boxes.put(ring.get(i).id(), Rect.centred(cx + rx * Math.cos(angle), ry * Math.sin(angle), s.w(), s.h()));
        }
        return boxes;
    }

    /** Edges below nodes, edge labels on top (their white boxes interrupt lines, never text). */
    private static Drawing assemble(EdgeRouter.Result routed, Map<String, TextBlock> texts, String hubId) {
        List<Rect> all = new ArrayList<>(routed.boxes().values());
        routed.labels().forEach(l -> all.add(l.box()));
        // A bend can reach beyond every box; the drawing must hold it too.
        routed.segments().forEach(s -> all.add(new Rect(s.x2(), s.y2(), 0, 0)));
        double top = all.stream().mapToDouble(Rect::y).min().orElse(0) - MARGIN;
        double bottom = all.stream().mapToDouble(Rect::bottom).max().orElse(0) + MARGIN;
        List<Mark> marks = new ArrayList<>();
        for (EdgeLabels.Placed l : routed.labels()) {
            if (l.leader() != null) {
                EdgeRouter.Segment s = l.leader();
                marks.add(new Mark.Line(s.x1(), s.y1() - top, s.x2(), s.y2() - top, s.rgb(), 0.5, false));
            }
        }
        for (EdgeRouter.Segment s : routed.segments()) {
            marks.add(new Mark.Line(s.x1(), s.y1() - top, s.x2(), s.y2() - top, s.rgb(), 1.1, s.arrow()));
        }
        routed.boxes().forEach((id, r) -> marks.addAll(node(texts.get(id), r.moved(0, -top), id.equals(hubId))));
        for (EdgeLabels.Placed l : routed.labels()) {
            Rect r = l.box().moved(0, -top);
            marks.add(new Mark.Box(r.x(), r.y(), r.w(), r.h(), 0xFFFFFF, l.rgb(), 0.5, 2));
            marks.addAll(l.text().labels(r.x(), r.y(), r.w(), r.h(), Palette.INK, Mark.Align.CENTER, null));
        }
        return new Drawing(WIDTH, bottom - top, marks);
    }

    private static List<Mark> node(TextBlock text, Rect r, boolean hub) {
        List<Mark> marks = new ArrayList<>();
        int fill = hub ? Palette.ACCENT : 0xF5F7FA;
        int stroke = hub ? Palette.ACCENT : Palette.MUTED;
        marks.add(new Mark.Box(r.x(), r.y(), r.w(), r.h(), fill, stroke, hub ? 1.2 : 0.8, 4));
        marks.addAll(text.labels(r.x(), r.y(), r.w(), r.h(), hub ? 0xFFFFFF : Palette.INK, Mark.Align.CENTER, null));
        return marks;
    }
}
