package org.mizan.render.pdf;

import java.awt.Color;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;

import org.mizan.render.figure.Drawing;
import org.mizan.render.figure.Mark;

/**
 * Draws a figure's marks as vectors into a template. Drawings have their origin top left with y downwards;
 * PDF has it bottom left with y upwards, so every y is flipped against the drawing's height. Labels are set with
 * ColumnText in the brief's direction, so Arabic labels are shaped and ordered like body text.
 */
final class DrawingPainter {

    private final Typography type;
    private final Direction direction;

    DrawingPainter(Typography type, Direction direction) {
        this.type = type;
        this.direction = direction;
    }

    PdfTemplate paint(Drawing drawing, PdfContentByte canvas) {
        PdfTemplate t = canvas.createTemplate((float) drawing.width(), (float) drawing.height());
        for (Mark mark : drawing.marks()) {
            if (mark instanceof Mark.Box box) {
                box(t, box, drawing.height());
            } else if (mark instanceof Mark.Line line) {
                line(t, line, drawing.height());
            } else {
                label(t, (Mark.Label) mark, drawing.height());
            }
        }
        return t;
    }

    private static void box(PdfTemplate t, Mark.Box b, double height) {
        t.saveState();
        t.setColorFill(new Color(b.fill()));
        float y = (float) (height - b.y() - b.height());
        t.roundRectangle((float) b.x(), y, (float) b.width(), (float) b.height(), (float) b.radius());
        if (b.strokeWidth() > 0) {
            t.setColorStroke(new Color(b.stroke()));
            t.setLineWidth((float) b.strokeWidth());
            t.fillStroke();
        } else {
            t.fill();
        }
        t.restoreState();
    }

    private static void line(PdfTemplate t, Mark.Line l, double height) {
        float x1 = (float) l.x1();
        float y1 = (float) (height - l.y1());
        float x2 = (float) l.x2();
        float y2 = (float) (height - l.y2());
        Color color = new Color(l.rgb());
        t.saveState();
        t.setColorStroke(color);
        t.setLineWidth((float) l.width());
        float head = l.arrow() ? arrowLength(l.width()) : 0;
        double angle = Math.atan2(y2 - y1, x2 - x1);
        // Stop the shaft where the head begins, so its square end does not poke through the point.
        t.moveTo(x1, y1);
        t.lineTo(x2 - (float) (Math.cos(angle) * head * 0.8), y2 - (float) (Math.sin(angle) * head * 0.8));
        t.stroke();
        if (l.arrow()) {
            arrowHead(t, x2, y2, angle, head, color);
        }
        t.restoreState();
    }

    private static float arrowLength(double lineWidth) {
        return (float) Math.max(6, lineWidth * 4);
    }

    private static void arrowHead(PdfTemplate t, float x, float y, double angle, float length, Color color) {
        double spread = Math.toRadians(22);
        t.setColorFill(color);
        t.moveTo(x, y);
        t.lineTo(x - (float) (Math.cos(angle - spread) * length), y - (float) (Math.sin(angle - spread) * length));
        t.lineTo(x - (float) (Math.cos(angle + spread) * length), y - (float) (Math.sin(angle + spread) * length));
        t.closePath();
        t.fill();
    }

    private void label(PdfTemplate t, Mark.Label l, double height) {
        BaseFont face = l.bold() ? type.bold() : type.regular();
        Font font = new Font(face, (float) l.size(), Font.NORMAL, new Color(l.rgb()));
        Phrase phrase = type.phrase(l.text(), font);
        phrase.setLeading((float) l.size() * 1.3f);
        float top = (float) (height - l.y());
        float bottom = (float) (height - l.y() - l.height());
        float used = setText(t, phrase, l, bottom, top, true) - font.getBaseFont().getFontDescriptor(
                BaseFont.DESCENT, font.getSize());
        // Centre vertically: shift the column down by half the space the text leaves free.
        float slack = Math.max(0, (top - bottom - used) / 2);
        setText(t, phrase, l, bottom, top - slack, false);
    }

    /** Sets the label in the column; returns the height the text took. */
    private float setText(PdfTemplate t, Phrase phrase, Mark.Label l, float bottom, float top, boolean simulate) {
        ColumnText ct = new ColumnText(t);
        ct.setRunDirection(direction.runDirection());
        // A point of slack each side: the layout measures text to fit exactly, and rounding must not wrap it.
        ct.setSimpleColumn(new Phrase(phrase), (float) l.x() - 1, bottom - 4, (float) (l.x() + l.width()) + 1, top,
                phrase.getLeading(), alignment(l.align()));
        ct.setUseAscender(true);
        try {
            ct.go(simulate);
        } catch (DocumentException e) {
            throw new IllegalStateException(e);
        }
        return top - ct.getYLine();
    }

    private int alignment(Mark.Align align) {
        return switch (align) {
            case START -> direction.start();
            case CENTER -> Element.ALIGN_CENTER;
            case END -> direction.end();
        };
    }
}
