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
 * Draws each edge from the dependent's border to the provider's, straight where it can; where a straight line
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
        int collisions = overlaps(new ArrayList<>(boxes.values()));
        for (DependencyGraph.Edge e : edges) {
            Rect from = box(boxes, e.from());
            Rect to = box(boxes, e.to());
            if (from == to) {
                throw new IllegalArgumentException("an actor cannot depend on itself: " + e.from());
            }
            double offset = pairs.contains(e.to() + "\n" + e.from()) ? PARALLEL_OFFSET : 0;
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
            collisions += labels.add(edges.get(i).label(), longest, path) ? 0 : 1;
        }
        return new Result(boxes, segments, labels.placed(), collisions);
    }

    /** A clear path of one or two segments, or null when none was found. */
    private static List<Segment> path(Rect from, Rect to, double offset, int rgb, List<Rect> others, double width) {
        Segment s = straight(from, to, offset, rgb);
        if (clear(s, others)) {
            return List.of(s);
        }
        double dx = to.cx() - from.cx();
        double dy = to.cy() - from.cy();
        double len = Math.hypot(dx, dy);
        for (int k = 1; k <= BEND_TRIES; k++) {
            for (int sign : new int[] {1, -1}) {
                double d = sign * k * BEND_STEP + offset;
                double wx = (from.cx() + to.cx()) / 2 - dy / len * d;
                double wy = (from.cy() + to.cy()) / 2 + dx / len * d;
                List<Segment> bent = bent(from, to, wx, wy, rgb);
                if (wx > 0 && wx < width && bent.stream().allMatch(b -> clear(b, others))
                        && !from.near(new Rect(wx, wy, 0, 0), CLEARANCE) && !to.near(new Rect(wx, wy, 0, 0), CLEARANCE)) {
                    return bent;
                }
            }
        }
        return null;
    }

    private static List<Segment> bent(Rect from, Rect to, double wx, double wy, int rgb) {
        double t0 = Geometry.exit(from.cx(), from.cy(), wx - from.cx(), wy - from.cy(), from);
        double t1 = Geometry.exit(to.cx(), to.cy(), wx - to.cx(), wy - to.cy(), to);
        return List.of(
                new Segment(from.cx() + (wx - from.cx()) * t0, from.cy() + (wy - from.cy()) * t0, wx, wy, rgb, false),
                new Segment(wx, wy, to.cx() + (wx - to.cx()) * t1, to.cy() + (wy - to.cy()) * t1, rgb, true));
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

    private static boolean clear(Segment s, List<Rect> others) {
        return others.stream().noneMatch(r -> Geometry.crosses(s.x1(), s.y1(), s.x2(), s.y2(), r, CLEARANCE));
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
