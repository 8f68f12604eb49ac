package org.mizan.render.figure;

import java.util.List;

/**
 * Mirrors a drawing left to right, for Arabic figures: laying out once in reading order and mirroring keeps
 * the two languages' figures the same but for direction. Text itself is not reversed: its direction is the
 * painter's job, and centred labels stay centred.
 */
final class Mirror {

    private Mirror() {
    }

    static Drawing horizontally(Drawing d) {
        double w = d.width();
        List<Mark> marks = d.marks().stream().map(m -> flip(m, w)).toList();
        return new Drawing(d.width(), d.height(), marks);
    }

    private static Mark flip(Mark mark, double w) {
        if (mark instanceof Mark.Line l) {
            return new Mark.Line(w - l.x1(), l.y1(), w - l.x2(), l.y2(), l.rgb(), l.width(), l.arrow(), l.dash());
        }
        if (mark instanceof Mark.Box b) {
            return new Mark.Box(w - b.x() - b.width(), b.y(), b.width(), b.height(), b.fill(), b.stroke(),
                    b.strokeWidth(), b.radius());
        }
        if (mark instanceof Mark.Path p) {
            List<Double> xy = new java.util.ArrayList<>(p.xy());
            for (int i = 0; i < xy.size(); i += 2) {
                xy.set(i, w - xy.get(i));
            }
            return new Mark.Path(xy, p.closed(), p.fill(), p.stroke(), p.strokeWidth());
        }
        Mark.Label t = (Mark.Label) mark;
        // Alignment is kept: the figures centre their labels, and a label's text direction is the painter's.
        return new Mark.Label(t.text(), w - t.x() - t.width(), t.y(), t.width(), t.height(), t.size(), t.bold(),
                t.rgb(), t.align(), t.target());
    }
}
