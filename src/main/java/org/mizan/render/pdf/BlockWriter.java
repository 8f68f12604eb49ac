package org.mizan.render.pdf;

import java.awt.Color;
import java.util.List;

import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;

import org.mizan.brief.Block;
import org.mizan.brief.BulletList;
import org.mizan.brief.Figure;
import org.mizan.brief.Paragraph;
import org.mizan.brief.ParagraphRole;
import org.mizan.brief.Section;
import org.mizan.brief.Table;
import org.mizan.render.Palette;

/** Sets headings, paragraphs and lists; hands tables and figures to their own writers. */
final class BlockWriter {

    private static final Color LEAD_FILL = new Color(0xEEF3F8);

    private final Cells cells;
    private final Phrases phrases;
    private final TableWriter tables;
    private final FigureWriter figures;

    BlockWriter(Cells cells, Phrases phrases, TableWriter tables, FigureWriter figures) {
        this.cells = cells;
        this.phrases = phrases;
        this.tables = tables;
        this.figures = figures;
    }

    /** The section's heading, a named destination. */
    PdfPTable heading(Section section, String anchor) {
        Style style = Style.heading(section.level());
        PdfPCell cell = cells.cell(phrases.of(section.title(), style, anchor));
        Tags.Node node = Tags.node(Tags.heading(section.level()));
        tags().language(node, section.title());
        tags().mark(cell, node);
        if (section.level() == 1) {
            cells.bottomRule(cell, new Color(Palette.RULE), 0.75f);
            cell.setPaddingBottom(3);
        }
        PdfPTable table = cells.table(1);
        table.addCell(cell);
        table.setSpacingBefore(section.level() == 1 ? 16 : 10);
        table.setSpacingAfter(6);
        return tags().block(table, node);
    }

    PdfPTable block(Block block) {
        if (block instanceof Paragraph p) {
            return paragraph(p);
        }
        if (block instanceof BulletList list) {
            return list(list);
        }
        if (block instanceof Table table) {
            return tables.table(table);
        }
        return figures.figure((Figure) block);
    }

    private PdfPTable paragraph(Paragraph paragraph) {
        Style style = style(paragraph.role());
        PdfPCell cell = cells.cell(phrases.of(paragraph, style));
        cell.setRunDirection(cells.runDirectionFor(paragraph.plainText()));
        if (paragraph.role() == ParagraphRole.LEAD) {
            cell.setBackgroundColor(LEAD_FILL);
            cell.setPadding(10);
            cell.setPaddingTop(6);
            cells.startRule(cell, new Color(Palette.ACCENT), 3);
        } else if (paragraph.role() == ParagraphRole.KEY_JUDGMENT) {
            cells.startRule(cell, new Color(Palette.ACCENT), 1.5f);
        }
        Tags.Node node = Tags.node(PdfName.P);
        tags().language(node, paragraph.plainText());
        tags().mark(cell, node);
        PdfPTable table = cells.table(1);
        table.addCell(cell);
        table.setSpacingAfter(paragraph.role() == ParagraphRole.LEAD ? 10 : 6);
        return tags().block(table, node);
    }

    private PdfPTable list(BulletList list) {
        PdfPTable table = cells.table(1, 24);
        Tags.Node node = Tags.node(PdfName.L);
        List<Paragraph> items = list.items();
        for (int i = 0; i < items.size(); i++) {
            Tags.Node item = node.child(PdfName.LI);
            String marker = list.numbered() ? direction().number(i + 1) : direction().bullet();
            Phrase markerPhrase = phrases.of(marker, Style.BODY, null);
            PdfPCell markerCell = cells.cell(markerPhrase);
            table.addCell(tags().mark(markerCell, item.child(PdfName.LBL)));
            PdfPCell text = cells.cell(phrases.of(items.get(i), Style.BODY));
            text.setPaddingBottom(3);
            Tags.Node body = item.child(PdfName.LBODY);
            tags().language(body, items.get(i).plainText());
            table.addCell(tags().mark(text, body));
        }
        // An item that does not fit moves whole to the next page: split, it left a bullet alone at a page's foot.
        table.setSplitLate(true);
        table.setSpacingAfter(6);
        return tags().block(table, node);
    }

    private Direction direction() {
        return cells.direction();
    }

    private Tags tags() {
        return cells.tags();
    }

    static Style style(ParagraphRole role) {
        return switch (role) {
            case BODY -> Style.BODY;
            case LEAD -> Style.LEAD;
            case KEY_JUDGMENT -> Style.KEY_JUDGMENT;
            case NOTE -> Style.NOTE;
            case SMALL -> Style.SMALL;
        };
    }
}
