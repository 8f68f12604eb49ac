package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mizan.brief.DependencyGraph;
import org.mizan.render.Palette;

/**
 * Draws each edge from the provider's border to the dependent's, straight where it can; where a straight line
 * would pass behind a third actor's box (and seem to end there), it bends once around it. Edges in both
 * directions between two actors run side by side. Labels are then placed by {@link EdgeLabels}.
 */
final class EdgeRouter {

    private static final double PARALLEL_OFFSET = 5;
    private static final double CLEARANCE = 3;
    private static final double BEND_STEP = 16;
    private static final int BEND_TRIES = 10;

    record Segment(double x1, double y1, double x2, double y2, int rgb, boolean arrow) {
        double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }
    }

    record Result(Map<String, Rect> boxes, List<Segment> segments, List<EdgeLabels.Placed> labels, int collisions) {
    }

    private EdgeRouter() {
    }

    static Result route(List<DependencyGraph.Edge> edges, Map<String, Rect> boxes, double width) {
        Set<String> pairs = new HashSet<>();
        edges.forEach(e -> pairs.add(e.from() + "\n" + e.to()));
        List<List<Segment>> paths = new ArrayList<>();
        List<Integer> sides = new ArrayList<>();
        int collisions = overlaps(new ArrayList<>(boxes.values()));
        for (DependencyGraph.Edge e : edges) {
            Rect from = box(boxes, e.from());
            Rect to = box(boxes, e.to());
            if (from == to) {
                throw new IllegalArgumentException("an actor cannot depend on itself: " + e.from());
            }
            double offset = pairs.contains(e.to() + "\n" + e.from()) ? PARALLEL_OFFSET : 0;
            // A twin running the other way lies on the other side: the label goes on this edge's own side.
            sides.add(offset > 0 ? 1 : 0);
            List<Rect> others = boxes.values().stream().filter(r -> r != from && r != to).toList();
            List<Segment> path = path(from, to, offset, Palette.stroke(e.tone()), others, width);
            collisions += path == null ? 1 : 0;
            paths.add(path != null ? path : List.of(straight(from, to, offset, Palette.stroke(e.tone()))));
        }
        List<Segment> segments = paths.stream().flatMap(List::stream).toList();
        EdgeLabels labels = new EdgeLabels(boxes.values(), segments, width);
        for (int i = 0; i < edges.size(); i++) {
            List<Segment> path = paths.get(i);
            Segment longest = path.stream().max(Comparator.comparingDouble(Segment::length)).orElseThrow();
            collisions += labels.add(edges.get(i).flows(), longest, path, sides.get(i)) ? 0 : 1;
        }
        return new Result(boxes, segments, labels.placed(), collisions);
    }

    /**
     * A clear path of one or two segments, or null when none was found. The route is chosen for the pair of
     * actors, whichever way the edge runs, and each direction is that route shifted by its own offset: two
     * edges between the same actors then run parallel and never cross.
     */
    private static List<Segment> path(Rect from, Rect to, double offset, int rgb, List<Rect> others, double width) {
        boolean forward = from.cx() < to.cx() || (from.cx() == to.cx() && from.cy() <= to.cy());
        Rect a = forward ? from : to;
        Rect b = forward ? to : from;
        double margin = CLEARANCE + offset;
        if (clear(a.cx(), a.cy(), b.cx(), b.cy(), others, margin)) {
            return List.of(straight(from, to, offset, rgb));
        }
        double dx = b.cx() - a.cx();
        double dy = b.cy() - a.cy();
        double len = Math.hypot(dx, dy);
        for (int k = 1; k <= BEND_TRIES; k++) {
            for (int sign : new int[] {1, -1}) {
                double wx = (a.cx() + b.cx()) / 2 - dy / len * sign * k * BEND_STEP;
                double wy = (a.cy() + b.cy()) / 2 + dx / len * sign * k * BEND_STEP;
                Rect w = new Rect(wx, wy, 0, 0);
                if (wx > margin && wx < width - margin && !a.near(w, margin) && !b.near(w, margin)
                        && clear(a.cx(), a.cy(), wx, wy, others, margin) && clear(wx, wy, b.cx(), b.cy(), others, margin)) {
                    return bent(from, to, wx, wy, offset, rgb);
                }
            }
        }
        return null;
    }

    /** The route through (wx, wy), shifted sideways by {@code offset}, cut at both boxes. */
    private static List<Segment> bent(Rect from, Rect to, double wx, double wy, double offset, int rgb) {
        double dx = to.cx() - from.cx();
        double dy = to.cy() - from.cy();
        double len = Math.hypot(dx, dy);
        double ox = -dy / len * offset;
        double oy = dx / len * offset;
        double ax = from.cx() + ox;
        double ay = from.cy() + oy;
        double bx = to.cx() + ox;
        double by = to.cy() + oy;
        double px = wx + ox;
        double py = wy + oy;
        double t0 = Geometry.exit(ax, ay, px - ax, py - ay, from);
        double t1 = Geometry.exit(bx, by, px - bx, py - by, to);
        return List.of(new Segment(ax + (px - ax) * t0, ay + (py - ay) * t0, px, py, rgb, false),
                new Segment(px, py, bx + (px - bx) * t1, by + (py - by) * t1, rgb, true));
    }

    /** The centre-to-centre line, shifted sideways by {@code offset}, cut where it leaves each box. */
    private static Segment straight(Rect from, Rect to, double offset, int rgb) {
        double dx = to.cx() - from.cx();
        double dy = to.cy() - from.cy();
        double len = Math.hypot(dx, dy);
        double ax = from.cx() - dy / len * offset;
        double ay = from.cy() + dx / len * offset;
        double t0 = Geometry.exit(ax, ay, dx, dy, from);
        double t1 = 1 - Geometry.exit(ax + dx, ay + dy, -dx, -dy, to);
        return new Segment(ax + dx * t0, ay + dy * t0, ax + dx * t1, ay + dy * t1, rgb, true);
    }

    private static boolean clear(double x1, double y1, double x2, double y2, List<Rect> others, double margin) {
        return others.stream().noneMatch(r -> Geometry.crosses(x1, y1, x2, y2, r, margin));
    }

    private static int overlaps(List<Rect> nodes) {
        int count = 0;
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                count += nodes.get(i).near(nodes.get(j), 6) ? 1 : 0;
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
}
