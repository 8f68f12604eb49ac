package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.List;

/**
 * Cuts outlines and lines to a rectangle, so the map can show the part of a neighbouring country or a river that
 * falls in its frame. Points are {x, y} in drawing points. Polygons: Sutherland-Hodgman, one edge of the
 * rectangle at a time (exact for the convex clip window a frame is). Lines: each segment cut by Liang-Barsky.
 */
final class Clip {

    private Clip() {
    }

    /** The part of the closed polygon inside {@code r}; empty when none is. */
    static List<double[]> polygon(List<double[]> points, Rect r) {
        List<double[]> out = points;
        for (int edge = 0; edge < 4 && !out.isEmpty(); edge++) {
            List<double[]> in = out;
            out = new ArrayList<>();
            for (int i = 0; i < in.size(); i++) {
                double[] a = in.get((i + in.size() - 1) % in.size());
                double[] b = in.get(i);
                boolean aIn = inside(a, r, edge);
                boolean bIn = inside(b, r, edge);
                if (bIn) {
                    if (!aIn) {
                        out.add(cross(a, b, r, edge));
                    }
                    out.add(b);
                } else if (aIn) {
                    out.add(cross(a, b, r, edge));
                }
            }
        }
        return out.size() < 3 ? List.of() : out;
    }

    /** The pieces of the open line inside {@code r}, each of two points or more. */
    static List<List<double[]>> polyline(List<double[]> points, Rect r) {
        List<List<double[]>> pieces = new ArrayList<>();
        List<double[]> piece = new ArrayList<>();
        for (int i = 0; i + 1 < points.size(); i++) {
            double[] seg = segment(points.get(i), points.get(i + 1), r);
            if (seg == null) {
                flush(pieces, piece);
                piece = new ArrayList<>();
                continue;
            }
            double[] start = {seg[0], seg[1]};
            double[] end = {seg[2], seg[3]};
            if (!piece.isEmpty() && !same(piece.get(piece.size() - 1), start)) {
                flush(pieces, piece);
                piece = new ArrayList<>();
            }
            if (piece.isEmpty()) {
                piece.add(start);
            }
            piece.add(end);
        }
        flush(pieces, piece);
        return pieces;
    }

    private static void flush(List<List<double[]>> pieces, List<double[]> piece) {
        if (piece.size() >= 2) {
            pieces.add(List.copyOf(piece));
        }
    }

    private static boolean same(double[] a, double[] b) {
        return Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;
    }

    /** Liang-Barsky: the part of segment a-b inside r as {x1, y1, x2, y2}, or null. */
    private static double[] segment(double[] a, double[] b, Rect r) {
        double dx = b[0] - a[0];
        double dy = b[1] - a[1];
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a[0] - r.x(), r.right() - a[0], a[1] - r.y(), r.bottom() - a[1]};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return null;
                }
            } else {
                double t = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
            }
        }
        return t0 > t1 ? null : new double[] {a[0] + dx * t0, a[1] + dy * t0, a[0] + dx * t1, a[1] + dy * t1};
    }

    /** Edge 0 left, 1 right, 2 top, 3 bottom. */
    private static boolean inside(double[] p, Rect r, int edge) {
        return switch (edge) {
            case 0 -> p[0] >= r.x();
            case 1 -> p[0] <= r.right();
            case 2 -> p[1] >= r.y();
            default -> p[1] <= r.bottom();
        };
    }

    private static double[] cross(double[] a, double[] b, Rect r, int edge) {
        if (edge < 2) {
            double x = edge == 0 ? r.x() : r.right();
            double t = (x - a[0]) / (b[0] - a[0]);
            return new double[] {x, a[1] + (b[1] - a[1]) * t};
        }
        double y = edge == 2 ? r.y() : r.bottom();
        double t = (y - a[1]) / (b[1] - a[1]);
        return new double[] {a[0] + (b[0] - a[0]) * t, y};
    }

    /** Whether (x, y) is inside the polygon (even-odd). */
    static boolean contains(List<double[]> polygon, double x, double y) {
        boolean inside = false;
        for (int i = 0, j = polygon.size() - 1; i < polygon.size(); j = i++) {
            double[] a = polygon.get(i);
            double[] b = polygon.get(j);
            if ((a[1] > y) != (b[1] > y) && x < (b[0] - a[0]) * (y - a[1]) / (b[1] - a[1]) + a[0]) {
                inside = !inside;
            }
        }
        return inside;
    }
}
