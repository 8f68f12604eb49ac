package org.mizan.render.figure;

import java.util.ArrayList;
import java.util.List;

import org.mizan.brief.RiskMatrix;
import org.mizan.render.Palette;

/**
 * The risks' short labels as small rounded boxes in their cells: side by side in reading order, wrapped onto
 * further lines when a cell is too narrow, each line centred. Every label links to its risk.
 */
final class EntryChips {

    private static final double SIZE = 7.5;
    private static final double PAD_X = 3.5;
    private static final double PAD_Y = 1;
    private static final double GAP = 3;

    private record Chip(RiskMatrix.Entry entry, TextBlock text, double w, double h) {
    }

    private final RiskMatrix matrix;
    private final double innerWidth;

    EntryChips(RiskMatrix matrix, double innerWidth) {
        this.matrix = matrix;
        this.innerWidth = innerWidth;
    }

    /** The height the busiest cell of the row needs for its chips. */
    double rowHeight(int row) {
        double max = 0;
        for (int c = 0; c < matrix.columnLabels().size(); c++) {
            max = Math.max(max, height(lines(row, c)));
        }
        return max;
    }

    /** The chips of cell (row, column), centred in the area (x, y, w, h). */
    List<Mark> cell(int row, int column, double x, double y, double w, double h) {
        List<List<Chip>> lines = lines(row, column);
        List<Mark> marks = new ArrayList<>();
        double top = y + (h - height(lines)) / 2;
        int stroke = Palette.stroke(matrix.cellTones().get(row).get(column));
        for (List<Chip> line : lines) {
            double lineW = line.stream().mapToDouble(Chip::w).sum() + GAP * (line.size() - 1);
            double left = x + (w - lineW) / 2;
            double lineH = line.stream().mapToDouble(Chip::h).max().orElse(0);
            for (Chip chip : line) {
                marks.add(new Mark.Box(left, top, chip.w(), chip.h(), 0xFFFFFF, stroke, 0.8, 3));
                marks.addAll(chip.text().labels(left, top, chip.w(), chip.h(), Palette.INK, Mark.Align.CENTER,
                        chip.entry().target()));
                left += chip.w() + GAP;
            }
            top += lineH + GAP;
        }
        return marks;
    }

    private List<List<Chip>> lines(int row, int column) {
        List<List<Chip>> lines = new ArrayList<>();
        List<Chip> line = new ArrayList<>();
        double used = 0;
        for (RiskMatrix.Entry e : matrix.entries()) {
            if (e.row() != row || e.column() != column) {
                continue;
            }
            Chip chip = chip(e);
            if (!line.isEmpty() && used + GAP + chip.w() > innerWidth) {
                lines.add(line);
                line = new ArrayList<>();
                used = 0;
            }
            used += (line.isEmpty() ? 0 : GAP) + chip.w();
            line.add(chip);
        }
        if (!line.isEmpty()) {
            lines.add(line);
        }
        return lines;
    }

    private Chip chip(RiskMatrix.Entry e) {
        TextBlock text = TextBlock.fit(e.label(), SIZE, 7, true, innerWidth - 2 * PAD_X);
        return new Chip(e, text, text.width() + 2 * PAD_X, text.height() + 2 * PAD_Y);
    }

    private static double height(List<List<Chip>> lines) {
        double sum = 0;
        for (List<Chip> line : lines) {
            sum += line.stream().mapToDouble(Chip::h).max().orElse(0);
        }
        return sum + Math.max(0, lines.size() - 1) * GAP;
    }
}
