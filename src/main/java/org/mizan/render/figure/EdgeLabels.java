package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Places edge labels (the kinds of dependency) on white boxes along their edges, at the first spot, from the
 * middle outwards and then beside the line, that keeps clear of every node and every label placed before,
 * and preferably of other edges' lines too: a label lying on a line it does not belong to misleads. Where
 * the edge has no room (two neighbours close together), the label goes to the nearest free spot around the
 * edge's middle; its outline has the edge's colour, which ties it to its edge.
 */
final class EdgeLabels {

    static final double SIZE = 7.5;
    private static final double TEXT_WIDTH = 96;
    private static final double PAD = 2.5;
    private static final double GAP = 2;
    private static final double ARROW_ZONE = 12;
    private static final double NEARBY_STEP = 6;
    private static final double NEARBY_MAX = 120;
    private static final double[] ALONG = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};

    /** {@code leader}, if not null, is a hairline from a label set away from its edge back to the edge. */
    record Placed(TextBlock text, Rect box, int rgb, EdgeRouter.Segment leader) {
    }

    private final List<Rect> nodes;
    private final List<Rect> taken;
    private final List<EdgeRouter.Segment> lines;
    private final List<Placed> placed = new ArrayList<>();
    private final double width;

    EdgeLabels(Collection<Rect> nodes, List<EdgeRouter.Segment> lines, double width) {
        this.nodes = List.copyOf(nodes);
        this.taken = new ArrayList<>(nodes);
        this.lines = List.copyOf(lines);
        // A white label box over an arrow head would hide which way the dependency runs.
        lines.stream().filter(EdgeRouter.Segment::arrow)
                .forEach(l -> taken.add(Rect.centred(l.x2(), l.y2(), ARROW_ZONE, ARROW_ZONE)));
        this.width = width;
    }

    /** Adds the label of an edge drawn along {@code s}; false if it had to overlap something. */
    boolean add(String label, EdgeRouter.Segment s, List<EdgeRouter.Segment> own) {
        if (label == null || label.isBlank()) {
            return true;
        }
        TextBlock text = TextBlock.wrap(label, SIZE, false, TEXT_WIDTH);
        Rect spot = free(s, text, own, true);
        spot = spot != null ? spot : free(s, text, own, false);
        spot = spot != null ? spot : nearby(s, text);
        boolean clear = spot != null;
        spot = clear ? spot : at(s, 0.5, 0, text);
        taken.add(spot);
        placed.add(new Placed(text, spot, s.rgb(), leader(spot, s)));
        return clear;
    }

    List<Placed> placed() {
        return List.copyOf(placed);
    }

    private Rect free(EdgeRouter.Segment s, TextBlock text, List<EdgeRouter.Segment> own, boolean avoidLines) {
        double h = text.height() + 2 * PAD;
        for (double shift : new double[] {0, h * 0.75, -h * 0.75, h * 1.5, -h * 1.5}) {
            for (double t : ALONG) {
                Rect r = at(s, t, shift, text);
                if (taken.stream().noneMatch(o -> o.near(r, GAP)) && !(avoidLines && onOtherLine(r, own))) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A line from the label's centre to the nearest point of its edge, unless the label touches the edge. */
    private EdgeRouter.Segment leader(Rect box, EdgeRouter.Segment s) {
        if (Geometry.crosses(s.x1(), s.y1(), s.x2(), s.y2(), box, 0)) {
            return null;
        }
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double t = ((box.cx() - s.x1()) * dx + (box.cy() - s.y1()) * dy) / Math.max(1e-9, dx * dx + dy * dy);
        t = Math.max(0.1, Math.min(0.9, t));
        EdgeRouter.Segment l = new EdgeRouter.Segment(box.cx(), box.cy(), s.x1() + dx * t, s.y1() + dy * t, s.rgb(),
                false);
        boolean hidden = nodes.stream().anyMatch(n -> Geometry.crosses(l.x1(), l.y1(), l.x2(), l.y2(), n, 0));
        return hidden ? null : l;
    }

    /** The first free spot on widening rings around the edge's middle, twelve directions a ring. */
    private Rect nearby(EdgeRouter.Segment s, TextBlock text) {
        Rect middle = at(s, 0.5, 0, text);
        for (double radius = NEARBY_STEP; radius <= NEARBY_MAX; radius += NEARBY_STEP) {
            for (int k = 0; k < 12; k++) {
                double a = Math.PI / 2 + k * Math.PI / 6;
                Rect r = clamp(middle.moved(radius * Math.cos(a), radius * Math.sin(a)));
                if (taken.stream().noneMatch(o -> o.near(r, GAP))) {
                    return r;
                }
            }
        }
        return null;
    }

    private Rect clamp(Rect r) {
        double x = Math.max(GraphLayout.MARGIN, Math.min(width - GraphLayout.MARGIN - r.w(), r.x()));
        return new Rect(x, r.y(), r.w(), r.h());
    }

    private boolean onOtherLine(Rect r, List<EdgeRouter.Segment> own) {
        return lines.stream().filter(l -> !own.contains(l))
                .anyMatch(l -> Geometry.crosses(l.x1(), l.y1(), l.x2(), l.y2(), r, 1));
    }

    /** The label's box centred at fraction t of the segment, moved sideways by shift, kept inside the width. */
    private Rect at(EdgeRouter.Segment s, double t, double shift, TextBlock text) {
        double w = text.width() + 2 * PAD + 2;
        double h = text.height() + 2 * PAD;
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double cx = s.x1() + dx * t - dy / len * shift;
        double cy = s.y1() + dy * t + dx / len * shift;
        return clamp(Rect.centred(cx, cy, w, h));
    }
}
