package org.mizan.render.pdf;

import java.util.ArrayList;
import java.util.List;

import com.lowagie.text.pdf.BaseFont;

import org.mizan.brief.Cell;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Table;

/**
 * Column widths that follow the model's weights but never cut a word: a column is widened to its longest word
 * (OpenPDF would otherwise break "Likelihood" into "Likelihoo / d"), and the other columns give up the room in
 * proportion to their weights. If even the longest words together do not fit, the weights win.
 */
final class ColumnWidths {

    private final Typography type;
    private final float padding;

    ColumnWidths(Typography type, float padding) {
        this.type = type;
        this.padding = padding;
    }

    /** Widths in points, in reading order, summing to {@code total}. */
    float[] of(Table table, float total) {
        int n = table.columnWeights().size();
        float[] minimum = new float[n];
        for (int c = 0; c < n; c++) {
            minimum[c] = longestWord(table, c) + 2 * padding + 1;
        }
        return distribute(weights(table), minimum, total);
    }

    static float[] distribute(double[] weights, float[] minimum, float total) {
        int n = weights.length;
        boolean[] pinned = new boolean[n];
        float[] widths = new float[n];
        for (int round = 0; round <= n; round++) {
            double freeWeight = 0;
            float freeRoom = total;
            for (int c = 0; c < n; c++) {
                if (pinned[c]) {
                    freeRoom -= minimum[c];
                } else {
                    freeWeight += weights[c];
                }
            }
            if (freeRoom <= 0 || freeWeight <= 0) {
                return proportional(weights, total);
            }
            boolean changed = false;
            for (int c = 0; c < n; c++) {
                widths[c] = pinned[c] ? minimum[c] : (float) (weights[c] / freeWeight * freeRoom);
                if (!pinned[c] && widths[c] < minimum[c]) {
                    pinned[c] = true;
                    changed = true;
                }
            }
            if (!changed) {
                return widths;
            }
        }
        return proportional(weights, total);
    }

    private static float[] proportional(double[] weights, float total) {
        double sum = 0;
        for (double w : weights) {
            sum += w;
        }
        float[] widths = new float[weights.length];
        for (int c = 0; c < weights.length; c++) {
            widths[c] = (float) (weights[c] / sum * total);
        }
        return widths;
    }

    private static double[] weights(Table table) {
        return table.columnWeights().stream().mapToDouble(Double::doubleValue).toArray();
    }

    private float longestWord(Table table, int column) {
        float longest = 0;
        if (column < table.header().size()) {
            longest = longestWord(table.header().get(column), type.bold(), Style.TABLE_HEADER.size);
        }
        for (List<Cell> row : table.rows()) {
            if (column < row.size()) {
                longest = Math.max(longest, longestWord(row.get(column), type.regular(), Style.TABLE.size));
            }
        }
        return longest;
    }

    private static float longestWord(Cell cell, BaseFont font, float size) {
        float longest = 0;
        for (String word : words(cell)) {
            longest = Math.max(longest, font.getWidthPoint(word, size));
        }
        return longest;
    }

    private static List<String> words(Cell cell) {
        List<String> words = new ArrayList<>();
        for (Paragraph p : cell.paragraphs()) {
            // OpenPDF breaks a line after a hyphen or slash too, so "support-oil-protection" needs no more room
            // than its longest part.
            words.addAll(List.of(p.plainText().split("\\s+|(?<=[-/])")));
        }
        return words;
    }
}
