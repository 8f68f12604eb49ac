package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.List;

import org.mizan.brief.RiskMatrix;
import org.mizan.render.Palette;

/**
 * Lays out a likelihood x impact matrix in reading order: row labels (likelihood, highest first) beside the
 * grid, column labels (impact, increasing away from the row labels) below it, the row axis title above the
 * row labels and the column axis title, with an arrow pointing to higher impact, under the column labels.
 * Each row is as tall as its label or its busiest cell needs.
 */
final class MatrixLayout {

    static final double WIDTH = 480;
    private static final double MARGIN = 4;
    private static final double TITLE_SIZE = 9;
    private static final double AXIS_SIZE = 8;
    private static final double MIN_SIZE = 7;
    private static final double ROW_LABEL_MAX = 110;
    private static final double PAD = 4;
    private static final double MIN_ROW = 24;

    private MatrixLayout() {
    }

    static Drawing layout(RiskMatrix m) {
        validate(m);
        List<TextBlock> rowTexts = m.rowLabels().stream()
                .map(l -> TextBlock.fit(l, AXIS_SIZE, MIN_SIZE, false, ROW_LABEL_MAX)).toList();
        TextBlock rowTitle = TextBlock.fit(m.rowAxis(), TITLE_SIZE, MIN_SIZE, true, ROW_LABEL_MAX);
        double labelW = Math.max(rowTitle.width(), rowTexts.stream().mapToDouble(TextBlock::width).max().orElse(0))
                + 2 * PAD;
        double gridX = MARGIN + labelW;
        double cellW = (WIDTH - MARGIN - gridX) / m.columnLabels().size();
        EntryChips chips = new EntryChips(m, cellW - 2 * PAD);
        List<Mark> marks = new ArrayList<>();
        double y = MARGIN;
        marks.addAll(rowTitle.labelsFlushRight(gridX - PAD / 2, y, rowTitle.height(), PAD / 2, Palette.INK));
        y += rowTitle.height() + PAD;
        for (int r = 0; r < m.rowLabels().size(); r++) {
            TextBlock text = rowTexts.get(r);
            double h = Math.max(MIN_ROW, Math.max(text.height() + 2 * PAD, chips.rowHeight(r) + 2 * PAD));
            marks.addAll(text.labelsFlushRight(gridX - PAD / 2, y, h, PAD / 2, Palette.INK));
            for (int c = 0; c < m.columnLabels().size(); c++) {
                double x = gridX + c * cellW;
                marks.add(new Mark.Box(x, y, cellW, h, Palette.fill(m.cellTones().get(r).get(c)), Palette.RULE,
                        0.6, 0));
                marks.addAll(chips.cell(r, c, x + PAD, y, cellW - 2 * PAD, h));
            }
            y += h;
        }
        y = columnLabels(m, marks, gridX, cellW, y + PAD);
        y = columnTitle(m, marks, gridX, y + PAD);
        return new Drawing(WIDTH, y + MARGIN, marks);
    }

    private static double columnLabels(RiskMatrix m, List<Mark> marks, double gridX, double cellW, double y) {
        List<TextBlock> texts = m.columnLabels().stream()
                .map(l -> TextBlock.fit(l, AXIS_SIZE, MIN_SIZE, false, cellW - 2 * PAD)).toList();
        double h = texts.stream().mapToDouble(TextBlock::height).max().orElse(0);
        for (int c = 0; c < texts.size(); c++) {
            marks.addAll(texts.get(c).labels(gridX + c * cellW, y, cellW, h, Palette.INK, Mark.Align.CENTER, null));
        }
        return y + h;
    }

    /** The impact title centred under the grid, followed by an arrow towards higher impact. */
    private static double columnTitle(RiskMatrix m, List<Mark> marks, double gridX, double y) {
        double gridW = WIDTH - MARGIN - gridX;
        TextBlock title = TextBlock.fit(m.columnAxis(), TITLE_SIZE, MIN_SIZE, true, gridW - 60);
        double w = title.width() + 2 * PAD;
        double x = gridX + (gridW - w) / 2;
        marks.addAll(title.labels(x, y, w, title.height(), Palette.INK, Mark.Align.CENTER, null));
        double mid = y + title.height() / 2;
        marks.add(new Mark.Line(x + w + 2, mid, x + w + 36, mid, Palette.MUTED, 1, true));
        return y + title.height();
    }

    private static void validate(RiskMatrix m) {
        int rows = m.rowLabels().size();
        int cols = m.columnLabels().size();
        if (rows == 0 || cols == 0) {
            throw new IllegalArgumentException("a risk matrix needs at least one row and one column");
        }
        if (m.cellTones().size() != rows || m.cellTones().stream().anyMatch(r -> r.size() != cols)) {
            throw new IllegalArgumentException("cell tones must be " + rows + " rows of " + cols + " columns");
        }
        for (RiskMatrix.Entry e : m.entries()) {
            if (e.row() < 0 || e.row() >= rows || e.column() < 0 || e.column() >= cols) {
                throw new IllegalArgumentException("risk " + e.label() + " lies outside the matrix: row " + e.row()
                        + ", column " + e.column());
            }
        }
    }
}
