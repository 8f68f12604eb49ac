package org.mizan.render.pdf;

import java.util.List;

import org.mizan.brief.Diagram;
import org.mizan.brief.RiskMatrix;
import org.mizan.dossier.Language;
import org.mizan.render.Palette;
import org.mizan.render.figure.Drawing;
import org.mizan.render.figure.Mark;

/**
 * A figure layout the tests control: two boxes joined by an arrow, a label per box, and for a risk matrix a label
 * linking to the first entry's target. It exercises every kind of mark without depending on the real layout.
 */
final class TestDrawings {

    private TestDrawings() {
    }

    static Drawing layout(Diagram diagram, Language language) {
        String left = language.rightToLeft() ? "التحالف" : "Coalition";
        String right = language.rightToLeft() ? "قسد" : "SDF";
        String target = diagram instanceof RiskMatrix m && !m.entries().isEmpty() ? m.entries().get(0).target() : null;
        return new Drawing(400, 120, List.of(
                new Mark.Box(10, 30, 120, 50, 0xFFFFFF, Palette.ACCENT, 1, 6),
                new Mark.Box(270, 30, 120, 50, Palette.fill(org.mizan.brief.Tone.HIGH), Palette.MUTED, 1, 6),
                new Mark.Line(270, 55, 130, 55, Palette.INK, 1.2, true),
                new Mark.Label(left, 10, 30, 120, 50, 11, true, Palette.INK, Mark.Align.CENTER, null),
                new Mark.Label(right, 270, 30, 120, 50, 11, false, Palette.INK, Mark.Align.CENTER, target),
                new Mark.Label("R1", 150, 90, 100, 20, 9, false, Palette.MUTED, Mark.Align.START, target)));
    }
}
