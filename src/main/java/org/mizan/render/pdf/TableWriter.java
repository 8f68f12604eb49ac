package org.mizan.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDestination;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

import org.mizan.brief.Cell;
import org.mizan.brief.Paragraph;
import org.mizan.brief.ParagraphRole;
import org.mizan.brief.Table;
import org.mizan.render.Palette;

/**
 * Sets a brief table: caption and column headings repeat on every page the table runs onto; a right-to-left
 * table puts its first column on the right; cell tones become fills; cell anchors become named destinations.
 */
final class TableWriter {

    private static final Color RULE = new Color(Palette.RULE);
    private static final Color INK = new Color(Palette.INK);
    private static final Color HEADER_FILL = new Color(Palette.HEADER_FILL);
    private static final float PADDING = 4;

    private final Cells cells;
    private final Phrases phrases;
    private final ColumnWidths widths;
    private final float textWidth;

    TableWriter(Cells cells, Phrases phrases, Typography type, float textWidth) {
        this.cells = cells;
        this.phrases = phrases;
        this.widths = new ColumnWidths(type, PADDING);
        this.textWidth = textWidth;
    }

    PdfPTable table(Table table) {
        PdfPTable pdf = cells.table(widths.of(table, textWidth));
        Tags.Node node = Tags.node(PdfName.TABLE);
        boolean captioned = table.caption() != null && !table.caption().isBlank();
        if (captioned) {
            pdf.addCell(tags().mark(caption(table), node.add(Tags.repeated(PdfName.CAPTION))));
        }
        // Without a caption to carry it, the table's anchor goes on its first cell.
        String pending = captioned ? null : table.anchor();
        Tags.Node headerRow = node.child(Tags.TR);
        for (Cell c : table.header()) {
            pdf.addCell(tags().mark(header(c, pending), tagged(headerRow.add(Tags.columnHeader()), c)));
            pending = null;
        }
        fill(headerRow, PdfName.TH, table.header().size(), table);
        pdf.completeRow();
        pdf.setHeaderRows((captioned ? 1 : 0) + (table.header().isEmpty() ? 0 : 1));
        for (List<Cell> row : table.rows()) {
            Tags.Node tr = node.child(Tags.TR);
            for (Cell c : row) {
                pdf.addCell(tags().mark(body(c, pending), tagged(tr.add(Tags.cell(PdfName.TD)), c)));
                pending = null;
            }
            fill(tr, PdfName.TD, row.size(), table);
            // OpenPDF drops a row that is short of cells; complete it with empty ones instead.
            pdf.completeRow();
        }
        // A data row moves whole to the next page (split only if taller than a page), leaving no sliver behind.
        pdf.setSplitLate(true);
        pdf.setSpacingBefore(6);
        pdf.setSpacingAfter(12);
        return tags().block(pdf, node);
    }

    /** Empty cells for a row short of cells (OpenPDF completes it): every row has a cell per column. */
    private static void fill(Tags.Node row, PdfName role, int cells, Table table) {
        for (int i = cells; i > 0 && i < table.columnWeights().size(); i++) {
            row.add(Tags.cell(role));
        }
    }

    /** The cell's node, with the language of its text where that is not the brief's. */
    private Tags.Node tagged(Tags.Node node, Cell c) {
        StringBuilder text = new StringBuilder();
        c.paragraphs().forEach(p -> text.append(p.plainText()).append(' '));
        tags().language(node, text.toString());
        return node;
    }

    private Tags tags() {
        return cells.tags();
    }

    private PdfPCell caption(Table table) {
        PdfPCell cell = cells.cell(phrases.of(table.caption(), Style.CAPTION, table.anchor()));
        cell.setColspan(table.columnWeights().size());
        cell.setPaddingBottom(4);
        return cell;
    }

    private PdfPCell header(Cell c, String tableAnchor) {
        PdfPCell cell = content(c, Style.TABLE_HEADER, tableAnchor);
        cell.setBackgroundColor(HEADER_FILL);
        cells.bottomRule(cell, INK, 0.75f);
        return cell;
    }

    private PdfPCell body(Cell c, String tableAnchor) {
        PdfPCell cell = content(c, Style.TABLE, tableAnchor);
        cell.setBackgroundColor(new Color(Palette.fill(c.tone())));
        cells.bottomRule(cell, RULE, 0.5f);
        return cell;
    }

    /** A cell with each paragraph of the model cell; the cell's (and table's) anchor marks the cell's top. */
    private PdfPCell content(Cell c, Style style, String tableAnchor) {
        PdfPCell cell = cells.cell();
        List<Paragraph> paragraphs = c.paragraphs();
        for (int i = 0; i < paragraphs.size(); i++) {
            Paragraph p = paragraphs.get(i);
            Phrase phrase = phrases.of(p, p.role() == ParagraphRole.SMALL ? Style.SMALL : style);
            cell.addElement(cells.paragraph(phrase));
        }
        List<String> names = new ArrayList<>();
        Stream.of(c.anchor(), tableAnchor).filter(Objects::nonNull).forEach(names::add);
        if (!names.isEmpty()) {
            cell.setCellEvent(new Destinations(names));
        }
        if (!paragraphs.isEmpty()) {
            cell.setRunDirection(cells.runDirectionFor(paragraphs.get(0).plainText()));
        }
        cell.setPadding(PADDING);
        // Naskh's deep descent already leaves room under the last line.
        cell.setPaddingBottom(PADDING - 2);
        return cell;
    }

    /**
     * Named destinations at the top of a cell, set when the cell is placed. A cell event rather than a chunk's
     * destination, because the cell's first paragraph may be a destination of its own.
     */
    private record Destinations(List<String> names) implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            for (String name : names) {
                canvases[PdfPTable.TEXTCANVAS].localDestination(name,
                        new PdfDestination(PdfDestination.XYZ, position.getLeft(), position.getTop(), 0));
            }
        }
    }
}
