package org.mizan.render.docx;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.mizan.brief.Cell;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Span;
import org.mizan.brief.Table;
import org.mizan.brief.Tone;
import org.mizan.render.Palette;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes a table: caption above, header row repeated on every page and shaded, cells shaded by tone, fixed
 * column widths from the model's weights across the text width, thin rules in the palette's rule colour. Every
 * table gets the same direct formatting (POI's slim schema jar cannot write a table style). Right to left, the
 * table is bidiVisual: the first column sits on the right, and the grid stays in reading order.
 */
final class TableWriter {

    private final Context context;
    private final InlineWriter inlines;

    TableWriter(Context context, InlineWriter inlines) {
        this.context = context;
        this.inlines = inlines;
    }

    void write(Table table) {
        boolean captioned = table.caption() != null && !table.caption().isBlank();
        if (captioned) {
            caption(table.caption(), table.anchor());
        }
        int columns = table.header().size();
        XWPFTable t = context.doc().createTable(table.rows().size() + 1, columns);
        List<Integer> widths = widths(table.columnWeights(), columns);
        properties(t, widths);
        row(t.getRow(0), table.header(), widths, true, captioned ? null : table.anchor());
        for (int r = 0; r < table.rows().size(); r++) {
            row(t.getRow(r + 1), table.rows().get(r), widths, false, null);
        }
        spacer();
    }

    /**
     * An empty paragraph after each table: it gives the table room from what follows, and without it Word merges
     * two adjacent tables into one as soon as the analyst edits near them.
     */
    private void spacer() {
        XWPFParagraph p = context.doc().createParagraph();
        p.setStyle(StyleSheet.TABLE_GAP);
        context.direction().paragraph(p, "");
    }

    /** Above the table and kept with it; the table's anchor lands here, so a link shows the caption too. */
    private void caption(String text, String anchor) {
        XWPFParagraph p = context.doc().createParagraph();
        inlines.paragraph(p, StyleSheet.CAPTION, anchor, List.of(Span.plain(text)), text);
        p.getCTPPr().addNewKeepNext();
    }

    private void properties(XWPFTable table, List<Integer> widths) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        if (context.direction().rightToLeft()) {
            pr.addNewBidiVisual();
        }
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(widths.stream().mapToInt(Integer::intValue).sum()));
        borders(pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders());
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        margins(pr.addNewTblCellMar());
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        widths.forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(w)));
    }

    private static void borders(CTTblBorders borders) {
        for (CTBorder b : List.of(border(borders.getTop(), borders::addNewTop),
                border(borders.getLeft(), borders::addNewLeft), border(borders.getBottom(), borders::addNewBottom),
                border(borders.getRight(), borders::addNewRight), border(borders.getInsideH(), borders::addNewInsideH),
                border(borders.getInsideV(), borders::addNewInsideV))) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setSpace(BigInteger.ZERO);
            b.setColor(Colors.hex(Palette.RULE));
        }
    }

    private static CTBorder border(CTBorder existing, Supplier<CTBorder> create) {
        return existing != null ? existing : create.get();
    }

    private static void margins(CTTblCellMar margins) {
        margin(margins.addNewTop(), 2);
        margin(margins.addNewLeft(), 5);
        margin(margins.addNewBottom(), 2);
        margin(margins.addNewRight(), 5);
    }

    private static void margin(CTTblWidth width, double points) {
        width.setType(STTblWidth.DXA);
        width.setW(StyleWriter.twips(points));
    }

    /** {@code tableAnchor}: the table's own anchor when it has no caption to carry it, else null. */
    private void row(XWPFTableRow row, List<Cell> cells, List<Integer> widths, boolean header,
                     String tableAnchor) {
        if (header) {
            row.setRepeatHeader(true);
            row.setCantSplitRow(true);
        }
        for (int c = 0; c < widths.size(); c++) {
            Cell cell = c < cells.size() ? cells.get(c) : Cell.text("");
            cell(row.getCell(c), cell, widths.get(c), header, c == 0 ? tableAnchor : null);
        }
    }

    private void cell(XWPFTableCell target, Cell cell, int width, boolean header, String tableAnchor) {
        CTTcPr pr = target.getCTTc().isSetTcPr() ? target.getCTTc().getTcPr() : target.getCTTc().addNewTcPr();
        var tcW = pr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(width));
        int fill = header ? Palette.HEADER_FILL : Palette.fill(cell.tone());
        if (header || cell.tone() != Tone.NEUTRAL) {
            var shd = pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(Colors.hex(fill));
        }
        List<Paragraph> paragraphs = cell.paragraphs();
        if (paragraphs.isEmpty()) {
            inlines.paragraph(target.getParagraphs().get(0), StyleSheet.TABLE_TEXT,
                    Arrays.asList(tableAnchor, cell.anchor()), List.of(), "");
        }
        for (int i = 0; i < paragraphs.size(); i++) {
            XWPFParagraph p = i == 0 ? target.getParagraphs().get(0) : target.addParagraph();
            Paragraph paragraph = paragraphs.get(i);
            String style = header ? StyleSheet.TABLE_HEADING : StyleSheet.forRole(paragraph.role(), true);
            List<String> anchors = i == 0 ? Arrays.asList(tableAnchor, cell.anchor(), paragraph.anchor())
                    : Collections.singletonList(paragraph.anchor());
            inlines.paragraph(p, style, anchors, paragraph.inlines(), paragraph.plainText());
        }
    }

    /** Column widths in twips, proportional to the weights, summing to the text width. */
    static List<Integer> widths(List<Double> weights, int columns) {
        double total = 0;
        for (int c = 0; c < columns; c++) {
            total += weight(weights, c);
        }
        final double sum = total;
        return IntStream.range(0, columns)
                .mapToObj(c -> (int) Math.floor(PageLayout.TEXT_WIDTH * weight(weights, c) / sum))
                .toList();
    }

    private static double weight(List<Double> weights, int column) {
        return column < weights.size() && weights.get(column) > 0 ? weights.get(column) : 1.0;
    }
}
