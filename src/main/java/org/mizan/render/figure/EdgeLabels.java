package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Sets each edge's label (what flows along it) right beside its own arrow: the box's nearest side a few points
 * from the line, on the arrow's own side when two arrows run between the same actors (so each label sits next to
 * the arrow it belongs to, never between two), in the arrow's colour. It tries spots from the middle outwards
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
    private static final double[] ALONG = {0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74};

    record Placed(TextBlock text, Rect box, int rgb) {
    }

    private final List<Rect> taken;
    private final List<EdgeRouter.Segment> lines;
    private final List<Placed> placed = new ArrayList<>();
    private final double width;

    EdgeLabels(Collection<Rect> nodes, List<EdgeRouter.Segment> lines, double width) {
        this.taken = new ArrayList<>(nodes);
        this.lines = List.copyOf(lines);
        // A label over an arrow head would hide which way the support flows.
        lines.stream().filter(EdgeRouter.Segment::arrow)
                .forEach(l -> taken.add(Rect.centred(l.x2(), l.y2(), ARROW_ZONE, ARROW_ZONE)));
        this.width = width;
    }

    /**
     * Adds the label of an edge drawn along {@code s}. {@code side} is +1 or -1 (left or right of the direction
     * of travel) when the edge has a twin running the other way, 0 when either side will do. False if the label
     * had to overlap something.
     */
    boolean add(List<String> flows, EdgeRouter.Segment s, List<EdgeRouter.Segment> own, int side) {
        if (flows.isEmpty() || flows.stream().allMatch(String::isBlank)) {
            return true;
        }
        TextBlock text = TextBlock.wrapAll(flows, SIZE, false, TEXT_WIDTH);
        int[] sides = side == 0 ? new int[] {1, -1} : new int[] {side};
        for (boolean avoidLines : new boolean[] {true, false}) {
            for (double t : ALONG) {
                for (int sd : sides) {
                    Rect r = beside(s, t, sd, text);
                    if (r != null && taken.stream().noneMatch(o -> o.near(r, GAP)) && !(avoidLines && onOtherLine(r, own))) {
                        keep(text, r, s);
                        return true;
                    }
                }
            }
        }
        Rect fallback = beside(s, 0.5, sides[0], text);
        keep(text, fallback == null ? Rect.centred((s.x1() + s.x2()) / 2, (s.y1() + s.y2()) / 2,
                boxWidth(text), boxHeight(text)) : fallback, s);
        return false;
    }

    List<Placed> placed() {
        return List.copyOf(placed);
    }

    private void keep(TextBlock text, Rect r, EdgeRouter.Segment s) {
        taken.add(r);
        placed.add(new Placed(text, r, s.rgb()));
    }

    /**
     * The label's box beside point t of the segment, on side {@code sd}: its centre moved along the normal by
     * half its extent in that direction plus {@link #BESIDE}, so its nearest side touches the same band whatever
     * the angle of the line. Null if it would leave the drawing's width.
     */
    private Rect beside(EdgeRouter.Segment s, double t, int sd, TextBlock text) {
        double w = boxWidth(text);
        double h = boxHeight(text);
        double dx = s.x2() - s.x1();
        double dy = s.y2() - s.y1();
        double len = Math.max(1e-9, Math.hypot(dx, dy));
        double nx = -dy / len * sd;
        double ny = dx / len * sd;
        double reach = BESIDE + Math.abs(nx) * w / 2 + Math.abs(ny) * h / 2;
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
