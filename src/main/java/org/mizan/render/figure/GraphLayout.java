package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.brief.DependencyGraph;
import org.mizan.render.Palette;

/**
 * Lays out the graph of who gives what to whom: the most depended-on actor (highest weight) in the centre, in an
 * accent-coloured box, the others on an ellipse around it, linked actors side by side. Each arrow's label sits
 * beside it ({@link EdgeLabels}). The ellipse grows, and its starting angle turns, until no node, label or line
 * collides; the width is fixed to the text column. What an actor relies on that is not an actor (its bases) is
 * listed inside its box, under its name. A legend under the graph says which way the arrows run and what their
 * colours mean.
 */
final class GraphLayout {

    static final double WIDTH = 480;
    static final double MARGIN = 6;
    private static final double NODE_SIZE = 9;
    private static final double HUB_SIZE = 10.5;
    private static final double NOTE_SIZE = 7.5;
    private static final double NODE_TEXT_WIDTH = 110;
    private static final double PAD_X = 8;
    private static final double PAD_Y = 5;
    private static final double NOTE_GAP = 4;
    private static final int ATTEMPTS = 12;
    /** Keeps a crowded figure within about two thirds of an A4 text block rather than growing without end. */
    private static final double MAX_RADIUS_Y = 250;
    private static final double LEGEND_SIZE = 7.5;
    private static final double LEGEND_ARROW = 30;
    private static final double SWATCH = 16;
    private static final double DASH = 3;

    /** A node's text: its name, and the list of what it relies on (may be empty). */
    private record NodeText(TextBlock name, TextBlock notes, boolean hub) {
        double width() {
            return Math.max(name.width(), notes == null ? 0 : notes.width()) + 2 * PAD_X;
        }

        double height() {
            return name.height() + (notes == null ? 0 : NOTE_GAP + notes.height()) + 2 * PAD_Y;
        }
    }

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
        Map<String, NodeText> texts = new LinkedHashMap<>();
        for (DependencyGraph.Node n : graph.nodes()) {
            boolean isHub = n == hub;
            TextBlock name = TextBlock.wrap(n.label(), isHub ? HUB_SIZE : NODE_SIZE, isHub, NODE_TEXT_WIDTH);
            TextBlock notes = null;
            if (!n.reliesOn().isEmpty()) {
                List<String> lines = new ArrayList<>();
                if (n.reliesOnTitle() != null && !n.reliesOnTitle().isBlank()) {
                    lines.add(n.reliesOnTitle() + ":");
                }
                lines.addAll(n.reliesOn());
                notes = TextBlock.wrapAll(lines, NOTE_SIZE, false, NODE_TEXT_WIDTH + 20);
            }
            texts.put(n.id(), new NodeText(name, notes, isHub));
        }
        Map<String, Rect> sizes = boxSizes(texts, hub.id());
        return assemble(bestRoute(graph, hub.id(), sizes), texts, graph.legend());
    }

    /**
     * Widens the ring step by step, for each of three starting angles, until nothing collides; of the clear
     * layouts the flattest, else the one with the fewest collisions.
     */
    private static EdgeRouter.Result bestRoute(DependencyGraph graph, String hubId, Map<String, Rect> sizes) {
        EdgeRouter.Result best = null;
        double bestHeight = Double.MAX_VALUE;
        int others = graph.nodes().size() - 1;
        double[] starts = {-Math.PI / 2, Math.PI, -Math.PI / 2 + Math.PI / Math.max(1, others)};
        for (double start : starts) {
            double ry = Math.min(MAX_RADIUS_Y, baseRadiusY(sizes, hubId, others));
            for (int i = 0; i < ATTEMPTS && ry <= MAX_RADIUS_Y; i++, ry *= 1.12) {
                EdgeRouter.Result routed = EdgeRouter.route(graph.edges(), place(graph, hubId, sizes, ry, start),
                        WIDTH);
                double height = extent(routed)[1] - extent(routed)[0];
                if (best == null || routed.collisions() < best.collisions()
                        || routed.collisions() == best.collisions() && height < bestHeight - 1e-6) {
                    best = routed;
                    bestHeight = height;
                }
                if (routed.collisions() == 0) {
                    break;
                }
            }
        }
        return best;
    }

    /** Box sizes; the hub's box is made larger than every other, so weight reads at a glance. */
    private static Map<String, Rect> boxSizes(Map<String, NodeText> texts, String hubId) {
        Map<String, Rect> sizes = new LinkedHashMap<>();
        double maxW = 0;
        double maxH = 0;
        for (Map.Entry<String, NodeText> e : texts.entrySet()) {
            Rect r = new Rect(0, 0, e.getValue().width(), e.getValue().height());
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
        return Math.max(sizes.get(hubId).h() / 2 + maxH / 2 + 30, others * (maxH + 8) / Math.PI);
    }

    private static Map<String, Rect> place(DependencyGraph graph, String hubId, Map<String, Rect> sizes, double ry,
                                           double start) {
        List<DependencyGraph.Node> ring = RingOrder.order(
                graph.nodes().stream().filter(n -> !n.id().equals(hubId)).toList(), graph.edges());
        double maxW = ring.stream().mapToDouble(n -> sizes.get(n.id()).w()).max().orElse(0);
        double cx = WIDTH / 2;
        double rx = WIDTH / 2 - MARGIN - maxW / 2;
        Map<String, Rect> boxes = new LinkedHashMap<>();
        Rect hub = sizes.get(hubId);
        boxes.put(hubId, Rect.centred(cx, 0, hub.w(), hub.h()));
        for (int i = 0; i < ring.size(); i++) {
            double angle = start + 2 * Math.PI * i / ring.size();
            Rect s = sizes.get(ring.get(i).id());
            boxes.put(ring.get(i).id(), Rect.centred(cx + rx * Math.cos(angle), ry * Math.sin(angle), s.w(), s.h()));
        }
        return boxes;
    }

    /** Top and bottom of everything drawn for the graph (boxes, labels, bends). */
    private static double[] extent(EdgeRouter.Result routed) {
        List<Rect> all = new ArrayList<>(routed.boxes().values());
        routed.labels().forEach(l -> all.add(l.box()));
        // A bend can reach beyond every box; the drawing must hold it too.
        routed.segments().forEach(s -> all.add(new Rect(s.x2(), s.y2(), 0, 0)));
        return new double[] {all.stream().mapToDouble(Rect::y).min().orElse(0),
                all.stream().mapToDouble(Rect::bottom).max().orElse(0)};
    }

    /** Edges below nodes, edge labels on top (their white boxes interrupt lines, never text), legend last. */
    private static Drawing assemble(EdgeRouter.Result routed, Map<String, NodeText> texts,
                                    DependencyGraph.Legend legend) {
        double[] extent = extent(routed);
        double top = extent[0] - MARGIN;
        List<Mark> marks = new ArrayList<>();
        for (EdgeLabels.Placed l : routed.labels()) {
            if (l.leader() != null) {
                EdgeRouter.Segment s = l.leader();
                marks.add(new Mark.Line(s.x1(), s.y1() - top, s.x2(), s.y2() - top, s.rgb(), 0.5, false));
            }
        }
        for (EdgeRouter.Segment s : routed.segments()) {
            marks.add(new Mark.Line(s.x1(), s.y1() - top, s.x2(), s.y2() - top, s.rgb(), s.width(), s.arrow(),
                    s.dashed() ? DASH : 0));
        }
        routed.boxes().forEach((id, r) -> marks.addAll(node(texts.get(id), r.moved(0, -top))));
        for (EdgeLabels.Placed l : routed.labels()) {
            Rect r = l.box().moved(0, -top);
            marks.add(new Mark.Box(r.x(), r.y(), r.w(), r.h(), 0xFFFFFF, 0xFFFFFF, 0, 0));
            List<Mark> lines = l.text().labels(r.x(), r.y(), r.w(), r.h(), Palette.INK, Mark.Align.CENTER, null);
            // Each line in the colour of the arrow it names.
            for (int i = 0; i < lines.size(); i++) {
                Mark.Label line = (Mark.Label) lines.get(i);
                marks.add(new Mark.Label(line.text(), line.x(), line.y(), line.width(), line.height(), line.size(),
                        line.bold(), l.colours().get(i), line.align(), line.target()));
            }
        }
        double bottom = extent[1] - top + MARGIN;
        bottom = legend(legend, bottom + 4, marks);
        return new Drawing(WIDTH, bottom + MARGIN, marks);
    }

    /**
     * Two lines from the left margin (mirrored with the drawing in Arabic): a sample arrow and what it means, then
     * the strength each colour stands for. Returns the new bottom.
     */
    private static double legend(DependencyGraph.Legend legend, double y, List<Mark> marks) {
        if (legend == null || legend.arrow().isBlank()) {
            return y;
        }
        double h = TextMetrics.lineHeight(LEGEND_SIZE);
        double x = MARGIN;
        marks.add(new Mark.Line(x, y + h / 2, x + LEGEND_ARROW, y + h / 2, Palette.MUTED, 1.1, true));
        x += LEGEND_ARROW + 4;
        marks.add(text(legend.arrow(), x, y, false));
        y += h + 3;
        if (!legend.keys().isEmpty()) {
            x = MARGIN;
            Mark.Label title = text(legend.strengthTitle(), x, y, false);
            marks.add(title);
            x += title.width() + 6;
            for (DependencyGraph.Key key : legend.keys()) {
                int rgb = Palette.stroke(key.tone());
                marks.add(new Mark.Line(x, y + h / 2, x + SWATCH, y + h / 2, rgb,
                        Palette.strokeWidth(key.tone()), false));
                x += SWATCH + 3;
                Mark.Label word = text(key.text(), x, y, false);
                marks.add(word);
                x += word.width() + 8;
            }
            y += h;
        }
        if (!legend.undated().isBlank()) {
            y += 3;
            marks.add(new Mark.Line(MARGIN, y + h / 2, MARGIN + LEGEND_ARROW, y + h / 2, Palette.MUTED, 1.1, true,
                    DASH));
            marks.add(text(legend.undated(), MARGIN + LEGEND_ARROW + 4, y, false));
            y += h;
        }
        return y;
    }

    /** A one-line label exactly as wide as its text, so it sits flush after what precedes it. */
    private static Mark.Label text(String s, double x, double y, boolean bold) {
        double w = TextMetrics.width(s, LEGEND_SIZE, bold) + 1;
        return new Mark.Label(s, x, y, w, TextMetrics.lineHeight(LEGEND_SIZE), LEGEND_SIZE, bold, Palette.MUTED,
                Mark.Align.CENTER, null);
    }

    private static List<Mark> node(NodeText text, Rect r) {
        List<Mark> marks = new ArrayList<>();
        boolean hub = text.hub();
        int fill = hub ? Palette.ACCENT : 0xF5F7FA;
        int stroke = hub ? Palette.ACCENT : Palette.MUTED;
        int ink = hub ? 0xFFFFFF : Palette.INK;
        marks.add(new Mark.Box(r.x(), r.y(), r.w(), r.h(), fill, stroke, hub ? 1.2 : 0.8, 4));
        if (text.notes() == null) {
            marks.addAll(text.name().labels(r.x(), r.y(), r.w(), r.h(), ink, Mark.Align.CENTER, null));
            return marks;
        }
        // The name on top, then a hairline, then what the actor relies on, in smaller type.
        double inner = r.h() - 2 * PAD_Y;
        double nameH = text.name().height();
        double y = r.y() + PAD_Y + (inner - text.height() + 2 * PAD_Y) / 2;
        marks.addAll(text.name().labels(r.x(), y, r.w(), nameH, ink, Mark.Align.CENTER, null));
        double rule = y + nameH + NOTE_GAP / 2;
        marks.add(new Mark.Line(r.x() + PAD_X, rule, r.right() - PAD_X, rule, hub ? 0xFFFFFF : Palette.RULE, 0.5,
                false));
        marks.addAll(text.notes().labels(r.x(), rule + NOTE_GAP / 2, r.w(), text.notes().height(), ink,
                Mark.Align.CENTER, null));
        return marks;
    }
}
