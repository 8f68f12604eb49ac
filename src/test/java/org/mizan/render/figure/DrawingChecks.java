package org.mizan.render.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** Geometric assertions that hold for every figure: in bounds, legible, uncut, nothing on top of text. */
final class DrawingChecks {

    private static final double EPS = 0.01;

    private DrawingChecks() {
    }

    static List<Mark.Box> boxes(Drawing d) {
        return d.marks().stream().filter(Mark.Box.class::isInstance).map(Mark.Box.class::cast).toList();
    }

    static List<Mark.Label> labels(Drawing d) {
        return d.marks().stream().filter(Mark.Label.class::isInstance).map(Mark.Label.class::cast).toList();
    }

    static List<Mark.Line> lines(Drawing d) {
        return d.marks().stream().filter(Mark.Line.class::isInstance).map(Mark.Line.class::cast).toList();
    }

    static Rect rect(Mark.Box b) {
        return new Rect(b.x(), b.y(), b.width(), b.height());
    }

    static Rect rect(Mark.Label l) {
        return new Rect(l.x(), l.y(), l.width(), l.height());
    }

    static Rect pathBounds(Mark.Path p) {
        double minX = Double.MAX_VALUE;
        double minY = Double.MAX_VALUE;
        double maxX = -Double.MAX_VALUE;
        double maxY = -Double.MAX_VALUE;
        for (int i = 0; i + 1 < p.xy().size(); i += 2) {
            minX = Math.min(minX, p.xy().get(i));
            maxX = Math.max(maxX, p.xy().get(i));
            minY = Math.min(minY, p.xy().get(i + 1));
            maxY = Math.max(maxY, p.xy().get(i + 1));
        }
        return new Rect(minX, minY, maxX - minX, maxY - minY);
    }

    static void allInside(Drawing d) {
        for (Mark m : d.marks()) {
            Rect r = m instanceof Mark.Box b ? rect(b) : m instanceof Mark.Label l ? rect(l)
                    : m instanceof Mark.Path p ? pathBounds(p) : lineBounds((Mark.Line) m);
            if (r.x() < -EPS || r.y() < -EPS || r.right() > d.width() + EPS || r.bottom() > d.height() + EPS) {
                fail("mark outside the drawing " + d.width() + " x " + d.height() + ": " + m);
            }
        }
    }

    /** Each label is at least 7 pt and its box is wide enough for the text set in the real font. */
    static void labelsLegibleAndUncut(Drawing d) {
        for (Mark.Label l : labels(d)) {
            assertTrue(l.size() >= 7, () -> "too small to print: " + l);
            double needed = TextMetrics.width(l.text(), l.size(), l.bold());
            assertTrue(needed <= l.width() + EPS, () -> "text wider (" + needed + ") than its box: " + l);
        }
    }

    static void noBoxesOverlap(List<Mark.Box> boxes) {
        for (int i = 0; i < boxes.size(); i++) {
            for (int j = i + 1; j < boxes.size(); j++) {
                Rect a = rect(boxes.get(i));
                Rect b = rect(boxes.get(j));
                if (a.near(b, -EPS)) {
                    fail("boxes overlap: " + boxes.get(i) + " and " + boxes.get(j));
                }
            }
        }
    }

    /**
     * No line passes through a node box (radius {@code nodeRadius}) it does not start or end on: a line hidden
     * behind a box would seem to end there.
     */
    static void noLineCrossesAThirdBox(Drawing d, double nodeRadius) {
        List<Mark.Box> nodes = boxes(d).stream().filter(b -> b.radius() == nodeRadius).toList();
        for (Mark.Line l : lines(d)) {
            for (Mark.Box b : nodes) {
                Rect r = rect(b);
                boolean own = r.near(new Rect(l.x1(), l.y1(), 0, 0), 0.5) || r.near(new Rect(l.x2(), l.y2(), 0, 0), 0.5);
                if (!own && Geometry.crosses(l.x1(), l.y1(), l.x2(), l.y2(), r, 0)) {
                    fail("line " + l + " passes behind " + b);
                }
            }
        }
    }

    /** No box other than nodes (radius {@code nodeRadius}) covers an arrow tip: the direction stays visible. */
    static void noArrowHeadHidden(Drawing d, double nodeRadius) {
        for (Mark.Line l : lines(d).stream().filter(Mark.Line::arrow).toList()) {
            for (Mark.Box b : boxes(d).stream().filter(b -> b.radius() != nodeRadius).toList()) {
                if (rect(b).near(new Rect(l.x2(), l.y2(), 0, 0), 1)) {
                    fail("arrow head of " + l + " hidden under " + b);
                }
            }
        }
    }

    private static Rect lineBounds(Mark.Line l) {
        return new Rect(Math.min(l.x1(), l.x2()), Math.min(l.y1(), l.y2()), Math.abs(l.x2() - l.x1()),
                Math.abs(l.y2() - l.y1()));
    }
}
