package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.brief.DependencyGraph;
import org.mizan.render.Palette;

/**
 * Draws edges as straight segments between node borders, and finds a place for each edge's label along its
 * segment where it touches no node and no other label. Edges in both directions between two actors are drawn
 * side by side rather than on top of each other.
 */
final class EdgeRouter {

    private static final double LABEL_SIZE = 7.5;
    private static final double LABEL_TEXT_WIDTH = 96;
    private static final double LABEL_PAD = 2.5;
    private static final double GAP = 2;
    private static final double PARALLEL_OFFSET = 5;
    private static final double[] ALONG = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82};

    record Segment(double x1, double y1, double x2, double y2, int rgb) {
    }

    record PlacedLabel(TextBlock text, Rect box, int rgb) {
    }

    record Result(Map<String, Rect> boxes, List<Segment> segments, List<PlacedLabel> labels, int collisions) {
    }

    private EdgeRouter() {
    }

    static Result route(List<DependencyGraph.Edge> edges, Map<String, Rect> boxes, double width) {
        Set<String> pairs = new HashSet<>();
        edges.forEach(e -> pairs.add(e.from() + "\n" + e.to()));
        List<Segment> segments = new ArrayList<>();
        List<PlacedLabel> labels = new ArrayList<>();
        List<Rect> taken = new ArrayList<>(boxes.values());
        int collisions = overlaps(new ArrayList<>(boxes.values()));
        for (DependencyGraph.Edge e : edges) {
            Rect from = box(boxes, e.from());
            Rect to = box(boxes, e.to());
            if (from == to) {
                throw new IllegalArgumentException("an actor cannot depend on itself: " + e.from());
            }
            double offset = pairs.contains(e.to() + "\n" + e.from()) ? PARALLEL_OFFSET : 0;
            Segment s = segment(from, to, offset, Palette.stroke(e.tone()));
            segments.add(s);
            if (e.label() == null || e.label().isBlank()) {
                continue;
            }
            TextBlock text = TextBlock.wrap(e.label(), LABEL_SIZE, false, LABEL_TEXT_WIDTH);
            Rect place = place(s, text, taken, width);
            if (place == null) {
                collisions++;
                place = clampedAt(s, 0.5, 0, text, width);
            }
            taken.add(place);
            labels.add(new PlacedLabel(text, place, s.rgb()));
        }
        return new Result(boxes, segments, labels, collisions);
    }

    private static int overlaps(List<Rect> nodes) {
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                count += nodes.get(i).near(nodes.get(j), 3 * GAP) ? 1 : 0;
            }
        }
        return count;
    }

    private static Rect box(Map<String, Rect> boxes, String id) {
        Rect r = boxes.get(id);
        if (r == null) {
            throw new IllegalArgumentException("edge refers to an unknown actor: " + id);
        }
        return r;
    }

    /** The centre-to-centre line, shifted sideways by {@code offset}, cut where it leaves each box. */
    private static Segment segment(Rect from, Rect to, double offset, int rgb) {
        double dx = to.cx() - from.cx();
        double dy = to.cy() - from.cy();
        double len = Math.hypot(dx, dy);
        double ox = -dy / len * offset;
        double oy = dx / len * offset;
        double ax = from.cx() + ox;
        double ay = from.cy() + oy;
        double t0 = exit(ax, ay, dx, dy, from);
        double t1 = 1 - exit(ax + dx, ay + dy, -dx, -dy, to);
        return new Segment(ax + dx * t0, ay + dy * t0, ax + dx * t1, ay + dy * t1, rgb);
    }

    /** The parameter t at which the ray (x, y) + t (dx, dy), starting inside {@code r}, crosses its border. */
    private static double exit(double x, double y, double dx, double dy, Rect r) {
        double tx = dx > 0 ? (r.right() - x) / dx : dx < 0 ? (r.x() - x) / dx : Double.POSITIVE_INFINITY;
        double ty = dy > 0 ? (r.bottom() - y) / dy : dy < 0 ? (r.y() - y) / dy : Double.POSITIVE_INFINITY;
        return Math.max(0, Math.min(tx, ty));
    }

    private static Rect place(Segment s, TextBlock text, List<Rect> taken, double width) {
        double h = text.height() + 2 * LABEL_PAD;
        for (double shift : new double[] {0, h * 0.75, -h * 0.75}) {
            for (double t : ALONG) {
                Rect r = clampedAt(s, t, shift, text, width);
                if (taken.stream().noneMatch(o -> o.near(r, GAP))) {
                    return r;
                }
            }
        }
        return null;
    }

    /** The label's box centred at fraction t of the segment, moved sideways by shift, kept inside the width. */
    private static Rect clampedAt(Segment s, double t, double shift, TextBlock text, double width) {
        double w = text.width() + 2 * LABEL_PAD + 2;
        double h = text.height() + 2 * LABEL_PAD;
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double cx = s.x1() + dx * t - dy / len * shift;
        double cy = s.y1() + dy * t + dx / len * shift;
        double x = Math.max(GraphLayout.MARGIN, Math.min(width - GraphLayout.MARGIN - w, cx - w / 2));
        return new Rect(x, cy - h / 2, w, h);
    }
}
