package org.mizan.render.figure;

/** An axis-aligned rectangle in points, for placing boxes and testing overlap during layout. */
record Rect(double x, double y, double w, double h) {

    static Rect centred(double cx, double cy, double w, double h) {
        return new Rect(cx - w / 2, cy - h / 2, w, h);
    }

    double cx() {
        return x + w / 2;
    }

    double cy() {
        return y + h / 2;
    }

    double right() {
        return x + w;
    }

    double bottom() {
        return y + h;
    }

    /** True when the rectangles overlap or come closer than {@code gap}. */
    boolean near(Rect o, double gap) {
        return x < o.right() + gap && o.x < right() + gap && y < o.bottom() + gap && o.y < bottom() + gap;
    }

    Rect moved(double dx, double dy) {
        return new Rect(x + dx, y + dy, w, h);
    }
}
