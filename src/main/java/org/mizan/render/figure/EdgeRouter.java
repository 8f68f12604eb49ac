package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.brief.DependencyGraph;
import org.mizan.render.Palette;

/**
 * Draws each edge from the provider's border to the dependent's, straight where it can; where a straight line
 * would pass behind a third actor's box (and seem to end there), it bends once around it. All the edges between
 * two actors, whichever way they run, form a bundle: one route for the pair, each edge a parallel copy of it, the
 * edges running one way side by side and those running the other way beside them. Each direction gets one label,
 * a line per edge in that edge's colour, set beside the outermost arrow of its own side ({@link EdgeLabels}).
 */
final class EdgeRouter {

    /** Between parallel arrows: wide enough that their heads (about 5 pt across) do not touch. */
    static final double PARALLEL_OFFSET = 6;
    private static final double CLEARANCE = 3;
    private static final double BEND_STEP = 16;
    private static final int BEND_TRIES = 10;

    record Segment(double x1, double y1, double x2, double y2, int rgb, double width, boolean arrow,
                   boolean dashed) {

        Segment(double x1, double y1, double x2, double y2, int rgb, double width, boolean arrow) {
            this(x1, y1, x2, y2, rgb, width, arrow, false);
        }

        double length() {
            return Math.hypot(x2 - x1, y2 - y1);
        }

        Segment asDashed() {
            return new Segment(x1, y1, x2, y2, rgb, width, arrow, true);
        }
    }

    record Result(Map<String, Rect> boxes, List<Segment> segments, List<EdgeLabels.Placed> labels, int collisions) {
    }

    /** The pair's route: straight, or bent once through (wx, wy); {@code blocked} when no clear route was found. */
    private record Route(boolean straight, double wx, double wy, boolean blocked) {
        static final Route STRAIGHT = new Route(true, 0, 0, false);
        static final Route BLOCKED = new Route(true, 0, 0, true);
    }

    /** The edges of one direction of a bundle; {@code twoWay}: the bundle also has edges running the other way. */
    private record Group(List<Integer> edges, boolean twoWay) {
    }

    private EdgeRouter() {
    }

    static Result route(List<DependencyGraph.Edge> edges, Map<String, Rect> boxes, double width) {
        int collisions = overlaps(new ArrayList<>(boxes.values()));
        List<List<Segment>> paths = new ArrayList<>(Collections.nCopies(edges.size(), List.<Segment>of()));
        double[] offsets = new double[edges.size()];
        List<Group> groups = new ArrayList<>();
        for (Map.Entry<List<String>, List<Integer>> bundle : bundles(edges).entrySet()) {
            String first = bundle.getKey().get(0);
            Rect a = box(boxes, first);
            Rect b = box(boxes, bundle.getKey().get(1));
            if (a == b) {
                throw new IllegalArgumentException("an actor cannot depend on itself: " + first);
            }
            List<Integer> ordered = bundle.getValue();
            double half = (ordered.size() - 1) / 2.0 * PARALLEL_OFFSET;
            List<Rect> others = boxes.values().stream().filter(r -> r != a && r != b).toList();
            Route route = route(a, b, half, others, width);
            for (int k = 0; k < ordered.size(); k++) {
                DependencyGraph.Edge e = edges.get(ordered.get(k));
                // Offsets are measured across the pair's own direction (first to second id); an edge running the
                // other way measures across its own, which points the other way, hence the sign.
                double across = k * PARALLEL_OFFSET - half;
                double offset = e.from().equals(first) ? across : -across;
                offsets[ordered.get(k)] = offset;
                Rect from = boxes.get(e.from());
                Rect to = boxes.get(e.to());
                int rgb = Palette.stroke(e.tone());
                double w = Palette.strokeWidth(e.tone());
                collisions += route.blocked() ? 1 : 0;
                List<Segment> path = route.straight() ? List.of(straight(from, to, offset, rgb, w))
                        : bent(from, to, route.wx(), route.wy(), offset, rgb, w);
                // What the sources tell without a date is drawn dashed: not the state at the cut-off.
                paths.set(ordered.get(k), e.undated() ? path.stream().map(Segment::asDashed).toList() : path);
            }
            List<List<Integer>> directions = directions(edges, ordered);
            directions.forEach(d -> groups.add(new Group(d, directions.size() > 1)));
        }
        List<Segment> segments = paths.stream().flatMap(List::stream).toList();
        EdgeLabels labels = new EdgeLabels(boxes.values(), segments, width);
        for (Group group : groups) {
            collisions += labels.add(flows(edges, group.edges()), options(paths, offsets, group),
                    own(paths, group.edges())) ? 0 : 1;
        }
        return new Result(boxes, segments, labels.placed(), collisions);
    }

    /**
     * The edges of each pair of actors, keyed by the pair's ids in order: first those from the first id, then those
     * from the second, each in the model's order (strongest first).
     */
    private static Map<List<String>, List<Integer>> bundles(List<DependencyGraph.Edge> edges) {
        Map<List<String>, List<Integer>> bundles = new LinkedHashMap<>();
        for (int i = 0; i < edges.size(); i++) {
            DependencyGraph.Edge e = edges.get(i);
            boolean ordered = e.from().compareTo(e.to()) <= 0;
            bundles.computeIfAbsent(ordered ? List.of(e.from(), e.to()) : List.of(e.to(), e.from()),
                    k -> new ArrayList<>()).add(i);
        }
        bundles.forEach((pair, list) -> list.sort(Comparator.comparingInt(i -> edges.get(i).from().equals(pair.get(0))
                ? 0 : 1)));
        return bundles;
    }

    /** A bundle's edges split by direction, each part in bundle order. */
    private static List<List<Integer>> directions(List<DependencyGraph.Edge> edges, List<Integer> bundle) {
        Map<String, List<Integer>> byFrom = new LinkedHashMap<>();
        bundle.forEach(i -> byFrom.computeIfAbsent(edges.get(i).from(), k -> new ArrayList<>()).add(i));
        return List.copyOf(byFrom.values());
    }

    private static List<EdgeLabels.Flow> flows(List<DependencyGraph.Edge> edges, List<Integer> group) {
        List<EdgeLabels.Flow> flows = new ArrayList<>();
        for (int i : group) {
            int rgb = Palette.stroke(edges.get(i).tone());
            edges.get(i).flows().forEach(f -> flows.add(new EdgeLabels.Flow(f, rgb)));
        }
        return flows;
    }

    /**
     * Where a direction's label may go: beside an outermost arrow, on the outer side. In a bundle running both
     * ways every edge lies on the negative side of its own direction (the edges of the other direction on the
     * positive), so the label goes beside the outermost arrow, on that side; a bundle running one way may take
     * either outer side.
     */
    private static List<EdgeLabels.Option> options(List<List<Segment>> paths, double[] offsets, Group group) {
        Comparator<Integer> across = Comparator.comparingDouble(i -> offsets[i]);
        int lowest = group.edges().stream().min(across).orElseThrow();
        EdgeLabels.Option right = new EdgeLabels.Option(longest(paths.get(lowest)), -1);
        if (group.twoWay()) {
            return List.of(right);
        }
        int highest = group.edges().stream().max(across).orElseThrow();
        return List.of(right, new EdgeLabels.Option(longest(paths.get(highest)), 1));
    }

    private static List<Segment> own(List<List<Segment>> paths, List<Integer> group) {
        return group.stream().flatMap(i -> paths.get(i).stream()).toList();
    }

    private static Segment longest(List<Segment> path) {
        return path.stream().max(Comparator.comparingDouble(Segment::length)).orElseThrow();
    }

    /**
     * The pair's route, chosen with room for the whole bundle ({@code half}: its half width): straight when clear,
     * else bent once through the nearest clear point to either side of the middle.
     */
    private static Route route(Rect from, Rect to, double half, List<Rect> others, double width) {
        boolean forward = from.cx() < to.cx() || (from.cx() == to.cx() && from.cy() <= to.cy());
        Rect a = forward ? from : to;
        Rect b = forward ? to : from;
        double margin = CLEARANCE + half;
        if (clear(a.cx(), a.cy(), b.cx(), b.cy(), others, margin)) {
            return Route.STRAIGHT;
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
                    return new Route(false, wx, wy, false);
                }
            }
        }
        return Route.BLOCKED;
    }

    /** The route through (wx, wy), shifted sideways by {@code offset}, cut at both boxes. */
    private static List<Segment> bent(Rect from, Rect to, double wx, double wy, double offset, int rgb,
                                      double w) {
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
        return List.of(new Segment(ax + (px - ax) * t0, ay + (py - ay) * t0, px, py, rgb, w, false),
                new Segment(px, py, bx + (px - bx) * t1, by + (py - by) * t1, rgb, w, true));
    }

    /** The centre-to-centre line, shifted sideways by {@code offset}, cut where it leaves each box. */
    private static Segment straight(Rect from, Rect to, double offset, int rgb, double w) {
        double dx = to.cx() - from.cx();
        double dy = to.cy() - from.cy();
        double len = Math.hypot(dx, dy);
        double ax = from.cx() - dy / len * offset;
        double ay = from.cy() + dx / len * offset;
        double t0 = Geometry.exit(ax, ay, dx, dy, from);
        double t1 = 1 - Geometry.exit(ax + dx, ay + dy, -dx, -dy, to);
        return new Segment(ax + dx * t0, ay + dy * t0, ax + dx * t1, ay + dy * t1, rgb, w, true);
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
