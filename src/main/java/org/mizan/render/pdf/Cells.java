package org.mizan.render.pdf;

import java.awt.Color;

import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;

/**
 * Tables and cells set in the brief's direction. Every block goes through a table cell because OpenPDF ignores
 * the run direction of text added straight to the document (Arabic would come out reversed and unjoined).
 */
final class Cells {

    private final Direction direction;
    private final Tags tags;

    Cells(Direction direction, Tags tags) {
        this.direction = direction;
        this.tags = tags;
    }

    Direction direction() {
        return direction;
    }

    /** The structure tree the cells' content is tagged in. */
    Tags tags() {
        return tags;
    }

    /**
     * A full-width table in the brief's direction; rows may split across pages. {@code widths} are in reading
     * order; OpenPDF applies relative widths left to right even when it places cells right to left, so a
     * right-to-left table gets them reversed.
     */
    PdfPTable table(float... widths) {
        PdfPTable table = new PdfPTable(direction.rtl() ? reversed(widths) : widths);
        table.setWidthPercentage(100);
        table.setRunDirection(direction.runDirection());
        table.setSplitLate(false);
        table.getDefaultCell().setBorder(Rectangle.NO_BORDER);
        table.setTableEvent(Tags.ARTIFACTS);
        return table;
    }

    /** A one-cell table holding the phrase, without borders: how a paragraph is set. */
    PdfPTable single(Phrase phrase, float spacingBefore, float spacingAfter) {
        PdfPTable table = table(1);
        table.addCell(cell(phrase));
        table.setSpacingBefore(spacingBefore);
        table.setSpacingAfter(spacingAfter);
        return table;
    }

    /** A borderless cell holding the phrase as one paragraph aligned to the start of the line. */
    PdfPCell cell(Phrase phrase) {
        PdfPCell cell = cell();
        cell.addElement(paragraph(phrase));
        return cell;
    }

    /** A borderless, unpadded, empty cell in the brief's direction. */
    PdfPCell cell() {
        PdfPCell cell = new PdfPCell();
        cell.setBorder(Rectangle.NO_BORDER);
        cell.setPadding(0);
        cell.setRunDirection(direction.runDirection());
        cell.setUseAscender(true);
        cell.setUseDescender(true);
        return cell;
    }

    private static float[] reversed(float[] widths) {
        float[] r = new float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            r[i] = widths[widths.length - 1 - i];
        }
        return r;
    }

    /**
     * The run direction for a cell holding this text: the brief's, except that text starting in Arabic is set
     * right to left even in an English brief, or a quoted Arabic excerpt with numbers or Latin words in it would
     * have its parts in left-to-right order. (Latin text in an Arabic brief reads correctly either way.)
     */
    int runDirectionFor(String text) {
        return !direction.rtl() && startsRightToLeft(text) ? PdfWriter.RUN_DIRECTION_RTL : direction.runDirection();
    }

    static boolean startsRightToLeft(String text) {
        for (int i = 0; i < text.length(); i = text.offsetByCodePoints(i, 1)) {
            byte d = Character.getDirectionality(text.codePointAt(i));
            if (d == Character.DIRECTIONALITY_LEFT_TO_RIGHT) {
                return false;
            }
            if (d == Character.DIRECTIONALITY_RIGHT_TO_LEFT || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
                return true;
            }
        }
        return false;
    }

    Paragraph paragraph(Phrase phrase) {
        Paragraph p = new Paragraph(phrase);
        p.setAlignment(direction.start());
        p.setLeading(phrase.getLeading());
        return p;
    }

    /** Draws a rule on the side where lines start (left in English, right in Arabic). */
    void startRule(PdfPCell cell, Color color, float width) {
        int side = direction.rtl() ? Rectangle.RIGHT : Rectangle.LEFT;
        cell.setBorder(side);
        cell.setBorderColor(color);
        if (direction.rtl()) {
            cell.setBorderWidthRight(width);
            cell.setPaddingRight(width + 8);
        } else {
            cell.setBorderWidthLeft(width);
            cell.setPaddingLeft(width + 8);
        }
    }

    void bottomRule(PdfPCell cell, Color color, float width) {
        cell.setBorder(Rectangle.BOTTOM);
        cell.setBorderColor(color);
        cell.setBorderWidthBottom(width);
    }
}
