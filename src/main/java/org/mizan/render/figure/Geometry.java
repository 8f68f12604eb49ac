package org.mizan.render.figure;

/** Line-and-box arithmetic for routing edges. */
final class Geometry {

    private Geometry() {
    }

    /** The parameter t at which the ray (x, y) + t (dx, dy), starting inside {@code r}, crosses its border. */
    static double exit(double x, double y, double dx, double dy, Rect r) {
        double tx = dx > 0 ? (r.right() - x) / dx : dx < 0 ? (r.x() - x) / dx : Double.POSITIVE_INFINITY;
        double ty = dy > 0 ? (r.bottom() - y) / dy : dy < 0 ? (r.y() - y) / dy : Double.POSITIVE_INFINITY;
        return Math.max(0, Math.min(tx, ty));
    }

    /** True when the segment passes through {@code r} grown by {@code margin} (Liang-Barsky clipping). */
    static boolean crosses(double x1, double y1, double x2, double y2, Rect r, double margin) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x1 - (r.x() - margin), r.right() + margin - x1, y1 - (r.y() - margin), r.bottom() + margin - y1};
        double t0 = 0;
        double t1 = 1;
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return false;
                }
            } else if (p[i] < 0) {
                t0 = Math.max(t0, q[i] / p[i]);
            } else {
                t1 = Math.min(t1, q[i] / p[i]);
            }
        }
        return t0 < t1;
    }
}
