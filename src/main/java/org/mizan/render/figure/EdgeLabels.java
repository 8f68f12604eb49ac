package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Sets each edge's label (what flows along it) right beside its own arrow: the box's nearest side a few points
 * from the line, on the arrow's own side when two arrows run between the same actors (so each label sits next to
 * the arrow it belongs to, never between two), in the arrow's colour. It tries spots from the middle outwards,
 * wrapped wider or narrower and a few points further out, and in a crowded figure on the arrow itself,
 * that keep clear of every node, every label placed before, the arrow heads and other edges' lines; where none is
 * clear it still stays beside its arrow (and counts a collision, so the layout tries a wider ring). A label is
 * never set away from its arrow: a floating label is what made the old figure misleading.
 */
final class EdgeLabels {

    static final double SIZE = 7.5;
    private static final double TEXT_WIDTH = 118;
    private static final double PAD = 1.5;
    /** Distance between the arrow's line and the nearest side of its label. */
    private static final double BESIDE = 2.5;
    private static final double GAP = 2;
    private static final double ARROW_ZONE = 12;
    private static final double[] ALONG = {0.5, 0.44, 0.56, 0.38, 0.62, 0.32, 0.68, 0.26, 0.74, 0.2, 0.8};
    private static final double[] WRAP_WIDTHS = {TEXT_WIDTH, 80, 170};
    private static final double[] DISTANCES = {BESIDE, BESIDE + 5};

    /**
     * {@code colours}: one per line of the text, the colour of the arrow the line names. {@code leader}, if not
     * null, is a hairline from a label that found no room by its arrow back to it.
     */
    record Placed(TextBlock text, Rect box, List<Integer> colours, EdgeRouter.Segment leader) {
        Placed {
            colours = List.copyOf(colours);
        }
    }

    /** One phrase of a label, in the colour of the arrow it names. */
    record Flow(String text, int rgb) {
    }

    /**
     * A place a label may go: beside segment {@code s}, on side {@code side} (+1 or -1: left or right of the
     * direction of travel).
     */
    record Option(EdgeRouter.Segment s, int side) {
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
        // A label over an arrow head would hide which way the support flows.
        lines.stream().filter(EdgeRouter.Segment::arrow)
                .forEach(l -> taken.add(Rect.centred(l.x2(), l.y2(), ARROW_ZONE, ARROW_ZONE)));
        this.width = width;
    }

    /**
     * Adds the label of one direction of a bundle: its phrases, one or more lines each, beside one of the places
     * {@code options} offers (in order of preference); {@code own} are the bundle direction's own lines, which the
     * label may touch. False if the label had to overlap something.
     */
    boolean add(List<Flow> flows, List<Option> options, List<EdgeRouter.Segment> own) {
        List<Flow> shown = flows.stream().filter(f -> !f.text().isBlank()).toList();
        if (shown.isEmpty()) {
            return true;
        }
        List<String> texts = shown.stream().map(Flow::text).toList();
        // Wider and narrower wrappings, and a little further out, before giving up: a short wide block suits a
        // level arrow, a tall narrow one a steep arrow.
        for (boolean avoidLines : new boolean[] {true, false}) {
            for (double wrap : WRAP_WIDTHS) {
                TextBlock text = TextBlock.wrapAll(texts, SIZE, false, wrap);
                for (double distance : DISTANCES) {
                    for (double t : ALONG) {
                        for (Option o : options) {
                            Rect r = beside(o.s(), t, o.side(), distance, text);
                            if (r != null && taken.stream().noneMatch(x -> x.near(r, GAP))
                                    && !(avoidLines && onOtherLine(r, own))) {
                                keep(text, r, colours(shown, wrap), null);
                                return true;
                            }
                        }
                    }
                }
            }
        }
        EdgeRouter.Segment s = options.get(0).s();
        // Crowded: on the arrow itself, its white box interrupting the line, which still ties it to its arrow.
        for (double wrap : WRAP_WIDTHS) {
            TextBlock text = TextBlock.wrapAll(texts, SIZE, false, wrap);
            for (double t : ALONG) {
                Rect r = Rect.centred(s.x1() + (s.x2() - s.x1()) * t, s.y1() + (s.y2() - s.y1()) * t,
                        boxWidth(text), boxHeight(text));
                if (r.x() >= GraphLayout.MARGIN && r.right() <= width - GraphLayout.MARGIN
                        && taken.stream().noneMatch(o -> o.near(r, GAP)) && !onOtherLine(r, own)) {
                    keep(text, r, colours(shown, wrap), null);
                    return true;
                }
            }
        }
        TextBlock text = TextBlock.wrapAll(texts, SIZE, false, TEXT_WIDTH);
        List<Integer> colours = colours(shown, TEXT_WIDTH);
        // Last resort, in a figure too crowded for any of that (a dozen actors on a small ring): the nearest free
        // spot, tied to its arrow by a hairline in its colour.
        // Counted as a collision all the same, so the layout prefers a wider ring that needs no leader.
        Rect near = nearby(s, text);
        if (near != null) {
            keep(text, near, colours, leader(near, s));
            return false;
        }
        Rect fallback = beside(s, 0.5, options.get(0).side(), BESIDE, text);
        keep(text, fallback == null ? Rect.centred((s.x1() + s.x2()) / 2, (s.y1() + s.y2()) / 2,
                boxWidth(text), boxHeight(text)) : fallback, colours, null);
        return false;
    }

    /** The colour of each line of the phrases wrapped at {@code wrap}: each line takes its phrase's colour. */
    private static List<Integer> colours(List<Flow> flows, double wrap) {
        List<Integer> colours = new ArrayList<>();
        for (Flow f : flows) {
            int lines = TextBlock.wrap(f.text(), SIZE, false, wrap).lines().size();
            colours.addAll(java.util.Collections.nCopies(lines, f.rgb()));
        }
        return colours;
    }

    List<Placed> placed() {
        return List.copyOf(placed);
    }

    private void keep(TextBlock text, Rect r, List<Integer> colours, EdgeRouter.Segment leader) {
        taken.add(r);
        placed.add(new Placed(text, r, colours, leader));
    }

    /** The first free spot on widening rings around the arrow's middle, twelve directions a ring. */
    private Rect nearby(EdgeRouter.Segment s, TextBlock text) {
        double cx = (s.x1() + s.x2()) / 2;
        double cy = (s.y1() + s.y2()) / 2;
        for (double radius = 6; radius <= 120; radius += 6) {
            for (int k = 0; k < 12; k++) {
                double a = Math.PI / 2 + k * Math.PI / 6;
                Rect r = Rect.centred(cx + radius * Math.cos(a), cy + radius * Math.sin(a), boxWidth(text),
                        boxHeight(text));
                if (r.x() >= GraphLayout.MARGIN && r.right() <= width - GraphLayout.MARGIN
                        && taken.stream().noneMatch(o -> o.near(r, GAP)) && !leaderHidden(leader(r, s))) {
                    return r;
                }
            }
        }
        return null;
    }

    /** A leader passing behind an actor's box would seem to end there. */
    private boolean leaderHidden(EdgeRouter.Segment l) {
        return nodes.stream().anyMatch(n -> Geometry.crosses(l.x1(), l.y1(), l.x2(), l.y2(), n, 0.5));
    }

    /** A hairline from the label's nearest side towards the closest point of its arrow. */
    private static EdgeRouter.Segment leader(Rect box, EdgeRouter.Segment s) {
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double t = ((box.cx() - s.x1()) * dx + (box.cy() - s.y1()) * dy) / Math.max(1e-9, dx * dx + dy * dy);
        t = Math.max(0.1, Math.min(0.9, t));
        double px = s.x1() + dx * t;
        double py = s.y1() + dy * t;
        double ex = Math.max(box.x(), Math.min(box.right(), px));
        double ey = Math.max(box.y(), Math.min(box.bottom(), py));
        return new EdgeRouter.Segment(ex, ey, px, py, s.rgb(), 0.5, false);
    }

    /**
     * The label's box beside point t of the segment, on side {@code sd}: its centre moved along the normal by
     * half its extent in that direction plus {@link #BESIDE}, so its nearest side touches the same band whatever
     * the angle of the line. Null if it would leave the drawing's width.
     */
    private Rect beside(EdgeRouter.Segment s, double t, int sd, double distance, TextBlock text) {
        double w = boxWidth(text);
        double h = boxHeight(text);
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double nx = -dy / len * sd;
        double ny = dx / len * sd;
        double reach = distance + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2;
        Rect r = Rect.centred(s.x1() + dx * t + nx * reach, s.y1() + dy * t + ny * reach, w, h);
        return r.x() < GraphLayout.MARGIN || r.right() > width - GraphLayout.MARGIN ? null : r;
    }

    private static double boxWidth(TextBlock text) {
        return text.width() + 2 * PAD + 1;
    }

    private static double boxHeight(TextBlock text) {
        return text.height() + 2 * PAD;
    }

    private boolean onOtherLine(Rect r, List<EdgeRouter.Segment> own) {
        return lines.stream().filter(l -> !own.contains(l))
                .anyMatch(l -> Geometry.crosses(l.x1(), l.y1(), l.x2(), l.y2(), r, 1));
    }
}
