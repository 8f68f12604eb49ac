package org.mizan.render.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.render.figure.DrawingChecks.boxes;
import static org.mizan.render.figure.DrawingChecks.labels;

import java.util.Comparator;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mizan.brief.RiskMatrix;
import org.mizan.brief.Tone;
import org.mizan.dossier.Language;
import org.mizan.render.Palette;

@DisplayName("Risk matrix layout")
class MatrixLayoutTest {

    @ParameterizedTest
    @EnumSource(Language.class)
    void fitsTheTextColumnWithEveryLabelLegibleAndUncut(Language lang) {
        Drawing d = FigureLayout.layout(FigureSamples.matrix(lang), lang);
        assertEquals(480, d.width());
        DrawingChecks.allInside(d);
        DrawingChecks.labelsLegibleAndUncut(d);
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void eachEntrySitsInItsCellAndLinksToItsRisk(Language lang) {
        RiskMatrix m = FigureSamples.matrix(lang);
        Drawing d = FigureLayout.layout(m, lang);
        Rect[][] cells = cells(d, m.rowLabels().size(), m.columnLabels().size(), lang);
        for (RiskMatrix.Entry e : m.entries()) {
            Mark.Label l = labels(d).stream().filter(x -> e.target().equals(x.target())).findFirst().orElseThrow();
            assertEquals(e.label(), l.text());
            Rect cell = cells[e.row()][e.column()];
            double cx = l.x() + l.width() / 2;
            double cy = l.y() + l.height() / 2;
            assertTrue(cx > cell.x() && cx < cell.right() && cy > cell.y() && cy < cell.bottom(),
                    () -> e.label() + " not in cell (" + e.row() + ", " + e.column() + ")");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void cellsTakeTheFillOfTheirTone(Language lang) {
        RiskMatrix m = FigureSamples.matrix(lang);
        Rect[][] cells = cells(FigureLayout.layout(m, lang), 7, 5, lang);
        Drawing d = FigureLayout.layout(m, lang);
        for (Mark.Box b : boxes(d).stream().filter(b -> b.radius() == 0).toList()) {
            int[] rc = find(cells, b);
            assertEquals(Palette.fill(m.cellTones().get(rc[0]).get(rc[1])), b.fill());
        }
    }

    @Test
    void severalEntriesInOneCellLieSideBySideAndWrapWithoutOverlapping() {
        Drawing d = FigureLayout.layout(FigureSamples.matrix(Language.EN), Language.EN);
        List<Mark.Box> chips = boxes(d).stream().filter(b -> b.radius() > 0).toList();
        assertEquals(9, chips.size());
        DrawingChecks.noBoxesOverlap(chips);
        long chipRowsInBusyCell = chips.stream().filter(b -> b.y() < 80).map(Mark.Box::y).distinct().count();
        assertTrue(chipRowsInBusyCell >= 2, "six risks in one cell should wrap onto a second line");
    }

    @Test
    void inArabicTheLikelihoodLabelsStandOnTheRightAndImpactGrowsLeftwards() {
        RiskMatrix m = FigureSamples.matrix(Language.AR);
        Drawing d = FigureLayout.layout(m, Language.AR);
        Mark.Label almostCertain = label(d, m.rowLabels().get(0));
        double gridRight = boxes(d).stream().filter(b -> b.radius() == 0).mapToDouble(b -> b.x() + b.width()).max()
                .orElseThrow();
        assertTrue(almostCertain.x() >= gridRight);
        assertTrue(label(d, "جسيم").x() < label(d, "طفيف").x());
    }

    @Test
    void anyGridSizeWorks() {
        RiskMatrix m = new RiskMatrix("Likelihood", "Impact", List.of("high", "low"), List.of("low", "mid", "high"),
                List.of(List.of(Tone.MEDIUM, Tone.HIGH, Tone.CRITICAL), List.of(Tone.LOW, Tone.LOW, Tone.MEDIUM)),
                List.of(new RiskMatrix.Entry("R1", 0, 2, "risk-r1")));
        Drawing d = FigureLayout.layout(m, Language.EN);
        assertEquals(6, boxes(d).stream().filter(b -> b.radius() == 0).count());
        DrawingChecks.allInside(d);
    }

    @Test
    void anEntryOutsideTheGridIsRejected() {
        RiskMatrix m = new RiskMatrix("L", "I", List.of("high"), List.of("low"), List.of(List.of(Tone.LOW)),
                List.of(new RiskMatrix.Entry("R7", 1, 0, "risk-r7")));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FigureLayout.layout(m, Language.EN));
        assertTrue(e.getMessage().contains("R7"));
    }

    private static Mark.Label label(Drawing d, String text) {
        return labels(d).stream().filter(l -> l.text().equals(text)).findFirst().orElseThrow();
    }

    /** Cells found by geometry alone: rows top to bottom, columns in reading order. */
    private static Rect[][] cells(Drawing d, int rows, int cols, Language lang) {
        List<Mark.Box> grid = boxes(d).stream().filter(b -> b.radius() == 0).toList();
        assertEquals(rows * cols, grid.size());
        List<Double> ys = grid.stream().map(Mark.Box::y).distinct().sorted().toList();
        Comparator<Double> order = lang.rightToLeft() ? Comparator.reverseOrder() : Comparator.naturalOrder();
        List<Double> xs = grid.stream().map(Mark.Box::x).distinct().sorted(order).toList();
        Rect[][] cells = new Rect[rows][cols];
        for (Mark.Box b : grid) {
            cells[ys.indexOf(b.y())][xs.indexOf(b.x())] = DrawingChecks.rect(b);
        }
        return cells;
    }

    private static int[] find(Rect[][] cells, Mark.Box b) {
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                if (cells[r][c].equals(DrawingChecks.rect(b))) {
                    return new int[] {r, c};
                }
            }
        }
        throw new AssertionError("no cell for " + b);
    }
}
