package org.mizan.render.pdf;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.lowagie.text.Element;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.mizan.brief.Section;
import org.mizan.render.Palette;

/**
 * The contents list under the title block: chapters and sub-sections, each linked to its heading, with its page
 * number. Page numbers are known only once the headings are set, so each is a template filled in at the end;
 * headings report where they landed through {@link #placement(String)}.
 */
final class Contents {

    private static final int DEPTH = 2;
    /** The page-number column, relative to the entries' (1): about 23 pt of a 480 pt column. */
    private static final float NUMBER_COLUMN = 0.05f;
    private static final float NUMBER_WIDTH = 22;
    private static final float NUMBER_HEIGHT = 16;
    private static final float NUMBER_BASELINE = 4;

    private final Cells cells;
    private final Phrases phrases;
    private final Typography type;
    private final PdfWriter writer;
    private final Map<String, Slot> numbers = new HashMap<>();
    private final Map<String, Integer> pages = new HashMap<>();

    Contents(Cells cells, Phrases phrases, Typography type, PdfWriter writer) {
        this.cells = cells;
        this.phrases = phrases;
        this.type = type;
        this.writer = writer;
    }

    PdfPTable table(String heading, List<Section> sections, Outline outline) {
        PdfPTable table = cells.table(1, NUMBER_COLUMN);
        Tags tags = cells.tags();
        PdfPCell title = cells.cell(type.phrase(heading, Style.CAPTION));
        title.setColspan(2);
        title.setPaddingBottom(4);
        Tags.Node titleNode = Tags.node(PdfName.P);
        table.addCell(tags.mark(title, titleNode));
        Tags.Node toc = Tags.node(PdfName.TOC);
        for (Section s : entries(sections)) {
            Style style = s.level() == 1 ? Style.BODY : Style.SMALL;
            // One TOCI per entry: its title and its page number.
            Tags.Node item = toc.child(PdfName.TOCI);
            table.addCell(tags.mark(entry(s, outline.anchor(s), style), item));
            table.addCell(tags.mark(number(outline.anchor(s), style), item));
        }
        table.setSpacingAfter(8);
        return tags.block(table, titleNode, toc);
    }

    /** A cell event for a heading: remembers the page it is set on. */
    PdfPCellEvent placement(String anchor) {
        return (cell, position, canvases) -> pages.putIfAbsent(anchor, writer.getPageNumber());
    }

    /** Writes every entry's page number; call when all headings are set. */
    void fill(Direction direction) {
        numbers.forEach((anchor, slot) -> {
            Integer page = pages.get(anchor);
            if (page != null) {
                PdfTemplate template = slot.template();
                Phrase phrase = type.phrase(direction.pageNumber(page), slot.style());
                float x = direction.rtl() ? 0 : NUMBER_WIDTH;
                int align = direction.rtl() ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
                ColumnText.showTextAligned(template, align, phrase, x, NUMBER_BASELINE, 0, direction.runDirection(), 0);
            }
        });
    }

    private record Slot(PdfTemplate template, Style style) {
    }

    private static List<Section> entries(List<Section> sections) {
        List<Section> entries = new ArrayList<>();
        for (Section s : sections) {
            if (s.level() <= DEPTH) {
                entries.add(s);
                entries.addAll(entries(s.subsections()));
            }
        }
        return entries;
    }

    private PdfPCell entry(Section s, String anchor, Style style) {
        Phrase link = phrases.quietLink(s.title(), anchor, style);
        PdfPCell cell = cells.cell(link);
        cell.setPaddingBottom(2);
        // Sub-sections are indented on the side where lines start.
        float indent = (s.level() - 1) * 14f;
        if (cells.direction().rtl()) {
            cell.setPaddingRight(indent);
        } else {
            cell.setPaddingLeft(indent);
        }
        float textWidth = ColumnText.getWidth(link, cells.direction().runDirection(), 0);
        cell.setCellEvent(new Leader(indent, textWidth, ascent(style), cells.direction().rtl()));
        return cell;
    }

    private float ascent(Style style) {
        return type.font(style).getBaseFont().getFontDescriptor(BaseFont.ASCENT, style.size);
    }

    /** A dotted line on the entry's baseline from the end of its title to the page number. */
    private record Leader(float indent, float textWidth, float ascent, boolean rtl) implements PdfPCellEvent {

        private static final float GAP = 6;
        /** How far the dots run into the number column: up to a gap before a two-digit number. */
        private static final float REACH = 6;

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float available = position.getWidth() - indent;
            if (textWidth + 2 * GAP >= available) {
                return; // a title that wraps gets no leader
            }
            float y = position.getTop() - ascent;
            float from = rtl ? position.getLeft() - REACH : position.getLeft() + indent + textWidth + GAP;
            float to = rtl ? position.getRight() - indent - textWidth - GAP : position.getRight() + REACH;
            PdfContentByte cb = canvases[PdfPTable.LINECANVAS];
            cb.saveState();
            cb.setColorStroke(new Color(Palette.MUTED));
            cb.setLineWidth(0.7f);
            cb.setLineCap(PdfContentByte.LINE_CAP_ROUND);
            cb.setLineDash(0, 3, 0);
            cb.moveTo(from, y);
            cb.lineTo(to, y);
            cb.stroke();
            cb.restoreState();
        }
    }

    /**
     * An empty cell on whose first baseline the page-number template is drawn once the cell is placed: the
     * baseline is the cell's top less the face's ascent, as for the entry's text beside it.
     */
    private PdfPCell number(String anchor, Style style) {
        PdfTemplate template = writer.getDirectContent().createTemplate(NUMBER_WIDTH, NUMBER_HEIGHT);
        numbers.put(anchor, new Slot(template, style));
        float ascent = ascent(style);
        boolean rtl = cells.direction().rtl();
        PdfPCell cell = cells.cell();
        cell.setCellEvent((c, position, canvases) -> canvases[PdfPTable.TEXTCANVAS].addTemplate(template,
                rtl ? position.getLeft() : position.getRight() - NUMBER_WIDTH,
                position.getTop() - ascent - NUMBER_BASELINE));
        return cell;
    }
}
