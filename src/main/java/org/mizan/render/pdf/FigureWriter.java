package org.mizan.render.pdf;

import java.util.function.Function;

import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPCellEvent;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfTemplate;

import org.mizan.brief.Diagram;
import org.mizan.brief.Figure;
import org.mizan.render.figure.Drawing;
import org.mizan.render.figure.Mark;

/**
 * Sets a figure: the drawing as vectors, scaled down to the text width if wider and to {@link #MAX_HEIGHT} of the
 * page's text height if taller (a figure that takes a whole page pushes its section's text onto the next and
 * leaves the page before it half empty), caption below, kept on one page.
 * The drawing is placed by a cell event because only then is its position on the page known, and the labels
 * that point elsewhere in the brief need link areas at that position.
 */
final class FigureWriter {

    private final Cells cells;
    private final Phrases phrases;
    private final DrawingPainter painter;
    private final Function<Diagram, Drawing> layout;
    private final PdfContentByte canvas;
    private final float textWidth;
    private final float textHeight;
    /** The share of the page's text height a drawing may take. */
    static final float MAX_HEIGHT = 0.4f;

    FigureWriter(Cells cells, Phrases phrases, DrawingPainter painter, Function<Diagram, Drawing> layout,
                 PdfContentByte canvas, float textWidth, float textHeight) {
        this.cells = cells;
        this.phrases = phrases;
        this.painter = painter;
        this.layout = layout;
        this.canvas = canvas;
        this.textWidth = textWidth;
        this.textHeight = textHeight;
    }

    PdfPTable figure(Figure figure) {
        Drawing drawing = layout.apply(figure.diagram());
        float scale = (float) Math.min(1, Math.min(textWidth / drawing.width(),
                MAX_HEIGHT * textHeight / drawing.height()));
        PdfTemplate template = painter.paint(drawing, canvas);
        PdfPCell picture = cells.cell();
        picture.setFixedHeight((float) drawing.height() * scale + 4);
        picture.setCellEvent(new Placement(drawing, template, scale, cells.tags()));
        PdfPCell caption = cells.cell(phrases.of(figure.caption(), Style.CAPTION, figure.anchor()));
        caption.setPaddingTop(6);
        Tags tags = cells.tags();
        // The drawing is one Figure with the brief's alternative text (the sentences the Word file carries);
        // the words drawn inside it are not read out separately.
        Tags.Node drawn = Tags.node(PdfName.FIGURE);
        if (figure.altText() != null && !figure.altText().isBlank()) {
            drawn.put(PdfName.ALT, new PdfString(figure.altText(), PdfObject.TEXT_UNICODE));
        }
        Tags.Node captionNode = Tags.node(PdfName.P);
        PdfPTable table = cells.table(1);
        table.addCell(tags.mark(picture, drawn));
        table.addCell(tags.mark(caption, captionNode));
        table.setKeepTogether(true);
        table.setSpacingBefore(8);
        table.setSpacingAfter(12);
        return tags.block(table, drawn, captionNode);
    }

    /** Draws the template centred in the cell and lays link areas over the labels that have a target. */
    private record Placement(Drawing drawing, PdfTemplate template, float scale, Tags tags)
            implements PdfPCellEvent {

        @Override
        public void cellLayout(PdfPCell cell, Rectangle position, PdfContentByte[] canvases) {
            float width = (float) drawing.width() * scale;
            float x = position.getLeft() + (position.getWidth() - width) / 2;
            float y = position.getTop() - (float) drawing.height() * scale;
            PdfContentByte cb = canvases[PdfPTable.TEXTCANVAS];
            cb.addTemplate(template, scale, 0, 0, scale, x, y);
            for (Mark mark : drawing.marks()) {
                if (mark instanceof Mark.Label label && label.target() != null) {
                    float top = y + (float) (drawing.height() - label.y()) * scale;
                    float left = x + (float) label.x() * scale;
                    float bottom = top - (float) label.height() * scale;
                    float right = left + (float) label.width() * scale;
                    cb.localGoto(label.target(), left, bottom, right, top);
                    tags.linkArea(new Rectangle(left, bottom, right, top), label.text());
                }
            }
        }
    }
}
