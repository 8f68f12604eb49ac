package org.mizan.render.figure;

import java.util.List;

/** One drawn element of a figure. Colours are RGB ints; see org.mizan.render.Palette. */
public sealed interface Mark permits Mark.Line, Mark.Box, Mark.Label, Mark.Path {

    /**
     * A straight line; with {@code arrow}, an arrow head at (x2, y2); {@code dash} &gt; 0: dashed, dashes that long
     * (what the sources tell without a date), 0: solid.
     */
    record Line(double x1, double y1, double x2, double y2, int rgb, double width, boolean arrow, double dash)
            implements Mark {

        Line(double x1, double y1, double x2, double y2, int rgb, double width, boolean arrow) {
            this(x1, y1, x2, y2, rgb, width, arrow, 0);
        }
    }

    /** A rectangle, filled and stroked (strokeWidth 0: no stroke), corners rounded by {@code radius}. */
    record Box(double x, double y, double width, double height, int fill, int stroke, double strokeWidth,
               double radius) implements Mark {
    }

    /**
     * Text set in the box (x, y, width, height), vertically centred, aligned within the width.
     * {@code target}, if not null, is an anchor in the brief the label links to.
     */
    record Label(String text, double x, double y, double width, double height, double size, boolean bold,
                 int rgb, Align align, String target) implements Mark {
    }

    /**
     * A polyline through the points (x0, y0, x1, y1, …), closed and filled with {@code fill} if {@code closed}
     * (fill -1: none), stroked with {@code stroke} at {@code strokeWidth}: a country's outline.
     */
    record Path(List<Double> xy, boolean closed, int fill, int stroke, double strokeWidth) implements Mark {
        public Path {
            xy = List.copyOf(xy);
        }
    }

    enum Align { START, CENTER, END }
}
