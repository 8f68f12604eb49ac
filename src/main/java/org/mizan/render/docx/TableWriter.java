package org.mizan.render.docx;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

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

/**
 * Writes a table: caption above, header row (if the model has one) repeated on every page and shaded, cells
 * shaded by tone, short rows completed with empty cells, fixed
 * column widths from the model's weights (see {@link TableFormat}), a spacer paragraph after.
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
        int columns = Math.max(table.header().size(), table.rows().stream().mapToInt(List::size).max().orElse(0));
        if (columns == 0) {
            return;
        }
        boolean hasHeader = !table.header().isEmpty();
        int first = hasHeader ? 1 : 0;
        XWPFTable t = context.doc().createTable(table.rows().size() + first, columns);
        List<Integer> widths = ColumnWidths.of(table, columns, PageLayout.TEXT_WIDTH);
        TableFormat.apply(t, widths, context.direction().rightToLeft());
        String anchorInTable = captioned ? null : table.anchor();
        if (hasHeader) {
            row(t.getRow(0), table.header(), widths, true, anchorInTable);
        }
        for (int r = 0; r < table.rows().size(); r++) {
            row(t.getRow(r + first), table.rows().get(r), widths, false, r == 0 && !hasHeader ? anchorInTable : null);
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

    /** {@code tableAnchor}: the table's own anchor when it has no caption to carry it, else null. */
    private void row(XWPFTableRow row, List<Cell> cells, List<Integer> widths, boolean header,
                     String tableAnchor) {
        if (header) {
            row.setRepeatHeader(true);
        }
        // A row moves whole to the next page, as in the PDF: half a row at the foot of a page reads as two rows.
        row.setCantSplitRow(true);
        for (int c = 0; c < widths.size(); c++) {
            Cell cell = c < cells.size() ? cells.get(c) : Cell.text("");
            cell(row.getCell(c), cell, widths.get(c), header, c == 0 ? tableAnchor : null);
        }
    }

    private void cell(XWPFTableCell target, Cell cell, int width, boolean header, String tableAnchor) {
        Integer fill = header ? Integer.valueOf(Palette.HEADER_FILL)
                : cell.tone() == Tone.NEUTRAL ? null : Integer.valueOf(Palette.fill(cell.tone()));
        TableFormat.cell(target, width, fill);
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
}
