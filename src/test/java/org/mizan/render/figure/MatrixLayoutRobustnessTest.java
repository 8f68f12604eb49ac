package org.mizan.render.figure;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mizan.render.figure.DrawingChecks.boxes;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mizan.brief.RiskMatrix;
import org.mizan.brief.Tone;
import org.mizan.dossier.Language;

@DisplayName("Risk matrix layout from one cell to a crowded 9 x 9 grid")
class MatrixLayoutRobustnessTest {

    @ParameterizedTest(name = "{0} x {1}, {2} risks in one cell, {3}")
    @CsvSource({"1, 1, 1, EN", "3, 3, 4, AR", "7, 5, 20, EN", "7, 5, 20, AR", "9, 9, 12, EN", "9, 9, 12, AR"})
    void everythingFitsAndNothingOverlaps(int rows, int cols, int crowd, Language lang) {
        Drawing d = FigureLayout.layout(matrix(rows, cols, crowd, lang), lang);
        DrawingChecks.allInside(d);
        DrawingChecks.labelsLegibleAndUncut(d);
        List<Mark.Box> chips = boxes(d).stream().filter(b -> b.radius() > 0).toList();
        DrawingChecks.noBoxesOverlap(chips);
        List<Rect> cells = boxes(d).stream().filter(b -> b.radius() == 0).map(DrawingChecks::rect).toList();
        for (Mark.Box chip : chips) {
            Rect c = DrawingChecks.rect(chip);
            assertTrue(cells.stream().anyMatch(cell -> c.x() >= cell.x() && c.right() <= cell.right()
                    && c.y() >= cell.y() && c.bottom() <= cell.bottom()), () -> "chip spills out of its cell: " + chip);
        }
        List<Rect> labels = DrawingChecks.labels(d).stream().filter(l -> l.target() == null)
                .map(DrawingChecks::rect).toList();
        for (int i = 0; i < labels.size(); i++) {
            for (int j = i + 1; j < labels.size(); j++) {
                assertTrue(!labels.get(i).near(labels.get(j), -0.01), "axis labels overlap");
            }
        }
    }

    static RiskMatrix matrix(int rows, int cols, int crowd, Language lang) {
        boolean ar = lang.rightToLeft();
        List<String> rowLabels = new ArrayList<>();
        for (int r = 0; r < rows; r++) {
            rowLabels.add(ar ? "احتمال من الدرجة " + (rows - r) : "likelihood level number " + (rows - r));
        }
        List<String> colLabels = new ArrayList<>();
        for (int c = 0; c < cols; c++) {
            colLabels.add(ar ? "أثر جسيم جدًا " + (c + 1) : "significant impact " + (c + 1));
        }
        List<List<Tone>> tones = Collections.nCopies(rows, Collections.nCopies(cols, Tone.MEDIUM));
        List<RiskMatrix.Entry> entries = new ArrayList<>();
        for (int i = 0; i < crowd; i++) {
            entries.add(new RiskMatrix.Entry((ar ? "خ" : "R") + (i + 1), 0, cols - 1, "risk-r" + (i + 1)));
        }
        entries.add(new RiskMatrix.Entry(ar ? "خ99" : "R99", rows - 1, 0, "risk-r99"));
        return new RiskMatrix(ar ? "الاحتمال" : "Likelihood", ar ? "الأثر" : "Impact", rowLabels, colLabels, tones,
                entries);
    }
}
