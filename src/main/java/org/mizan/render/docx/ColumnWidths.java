package org.mizan.render.docx;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;

import org.mizan.brief.Cell;
import org.mizan.brief.Emphasis;
import org.mizan.brief.Inline;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Span;
import org.mizan.brief.Table;
import org.mizan.render.Fonts;

/**
 * Column widths for a table: the model's weights share out the text width, but no column is made narrower than
 * its longest word (measured in the brief's font), because Word and LibreOffice would then break that word
 * mid-letter ("Attributi-on"). What a too-narrow column needs is taken from the others in proportion to their
 * room to spare. Widths are in twentieths of a point.
 */
final class ColumnWidths {

    /** The size table text is set in (Table Text and Table Heading styles). */
    static final double TEXT_SIZE = 9.5;
    /** Left and right cell margins plus a little slack for rounding between applications, in points. */
    static final double CELL_PADDING = 2 * TableFormat.CELL_MARGIN_SIDE + 2;

    private static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static Font regular;
    private static Font bold;

    private ColumnWidths() {
    }

    static List<Integer> of(Table table, int columns, int total) {
        double[] wanted = proportional(table.columnWeights(), columns, total);
        double[] least = new double[columns];
        measure(table.header(), true, least);
        table.rows().forEach(row -> measure(row, false, least));
        for (int c = 0; c < columns; c++) {
            least[c] = (least[c] + CELL_PADDING) * 20;
        }
        return toTwips(fit(wanted, least, total));
    }

    /** Raises columns to their minimum, taking the difference from the others in proportion to their spare room. */
    static double[] fit(double[] wanted, double[] least, double total) {
        double[] w = wanted.clone();
        double deficit = 0;
        double spare = 0;
        for (int c = 0; c < w.length; c++) {
            if (w[c] < least[c]) {
                deficit += least[c] - w[c];
                w[c] = least[c];
            } else {
                spare += w[c] - least[c];
            }
        }
        if (deficit == 0) {
            return w;
        }
        if (spare < deficit) {
            return wanted; // the words cannot all fit whole: keep the author's proportions
        }
        for (int c = 0; c < w.length; c++) {
            if (w[c] > least[c]) {
                w[c] -= deficit * (w[c] - least[c]) / spare;
            }
        }
        return w;
    }

    static double[] proportional(List<Double> weights, int columns, double total) {
        double sum = 0;
        for (int c = 0; c < columns; c++) {
            sum += weight(weights, c);
        }
        double[] w = new double[columns];
        for (int c = 0; c < columns; c++) {
            w[c] = total * weight(weights, c) / sum;
        }
        return w;
    }

    private static double weight(List<Double> weights, int column) {
        return column < weights.size() && weights.get(column) > 0 ? weights.get(column) : 1.0;
    }

    private static void measure(List<Cell> cells, boolean header, double[] least) {
        for (int c = 0; c < Math.min(cells.size(), least.length); c++) {
            for (Paragraph p : cells.get(c).paragraphs()) {
                for (Inline inline : p.inlines()) {
                    boolean strong = header || inline instanceof Span s && s.emphasis() == Emphasis.BOLD;
                    least[c] = Math.max(least[c], longestWord(inline.text(), strong));
                }
            }
        }
    }

    /** The width in points of the widest piece that cannot break: lines break at spaces and after hyphens. */
    static double longestWord(String text, boolean strong) {
        double widest = 0;
        for (String word : text.split("\\s+|(?<=[-/])")) {
            if (!word.isEmpty()) {
                widest = Math.max(widest, new TextLayout(word, font(strong), CONTEXT).getAdvance());
            }
        }
        return widest;
    }

    private static List<Integer> toTwips(double[] widths) {
        return Arrays.stream(widths).mapToObj(w -> (int) Math.floor(w)).toList();
    }

    private static synchronized Font font(boolean strong) {
        if (regular == null) {
            regular = load(Fonts.Weight.REGULAR);
            bold = load(Fonts.Weight.BOLD);
        }
        return strong ? bold : regular;
    }

    private static Font load(Fonts.Weight weight) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.bytes(weight)))
                    .deriveFont((float) TEXT_SIZE);
        } catch (FontFormatException e) {
            throw new IllegalStateException("the brief's font cannot be read", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
