package org.mizan.render.pdf;

import java.awt.Color;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.ColumnText;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;

import org.mizan.render.figure.Drawing;
import org.mizan.render.figure.Mark;

/**
 * Draws a figure's marks as vectors into a template. Drawings have their origin top left with y downwards;
 * PDF has it bottom left with y upwards, so every y is flipped against the drawing's height. Labels are set with
 * ColumnText in their own text's direction, so Arabic labels are shaped and ordered like body text.
 */
final class DrawingPainter {

    private final Typography type;

    DrawingPainter(Typography type) {
        this.type = type;
    }

    PdfTemplate paint(Drawing drawing, PdfContentByte canvas) {
        PdfTemplate t = canvas.createTemplate((float) drawing.width(), (float) drawing.height());
        for (Mark mark : drawing.marks()) {
            if (mark instanceof Mark.Box box) {
                box(t, box, drawing.height());
            } else if (mark instanceof Mark.Line line) {
                line(t, line, drawing.height());
            } else if (mark instanceof Mark.Path path) {
                path(t, path, drawing.height());
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

    private static void path(PdfTemplate t, Mark.Path p, double height) {
        t.saveState();
        for (int i = 0; i + 1 < p.xy().size(); i += 2) {
            float x = p.xy().get(i).floatValue();
            float y = (float) (height - p.xy().get(i + 1));
            if (i == 0) {
                t.moveTo(x, y);
            } else {
                t.lineTo(x, y);
            }
        }
        boolean fill = p.closed() && p.fill() >= 0;
        boolean stroke = p.strokeWidth() > 0;
        if (p.closed()) {
            t.closePath();
        }
        if (fill) {
            t.setColorFill(new Color(p.fill()));
        }
        if (stroke) {
            t.setColorStroke(new Color(p.stroke()));
            t.setLineWidth((float) p.strokeWidth());
            t.setLineJoin(PdfContentByte.LINE_JOIN_ROUND);
        }
        if (fill && stroke) {
            t.fillStroke();
        } else if (fill) {
            t.fill();
        } else if (stroke) {
            t.stroke();
        } else {
            t.newPath();
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
        if (l.dash() > 0) {
            t.setLineDash((float) l.dash(), (float) (l.dash() * 0.6), 0);
        }
        float head = l.arrow() ? arrowLength(l.width()) : 0;
        double angle = Math.atan2(y2 - y1, x2 - x1);
        // Stop the shaft where the head begins, so its square end does not poke through the point.
        t.moveTo(x1, y1);
        t.lineTo(x2 - (float) (Math.cos(angle) * head * 0.8), y2 - (float) (Math.sin(angle) * head * 0.8));
        t.stroke();
        t.setLineDash(0);
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

    /**
     * Sets a label on one line, never wrapped (the layout has already broken and measured the lines), in its
     * own text's direction, with the line's ascent-to-descent band centred in the label's box.
     */
    private void label(PdfTemplate t, Mark.Label l, double height) {
        BaseFont face = l.bold() ? type.bold() : type.regular();
        float size = (float) l.size();
        Phrase phrase = type.phrase(l.text(), new Font(face, size, Font.NORMAL, new Color(l.rgb())));
        float ascent = face.getFontDescriptor(BaseFont.ASCENT, size);
        float descent = face.getFontDescriptor(BaseFont.DESCENT, size);
        float centre = (float) (height - l.y() - l.height() / 2);
        float baseline = centre - (ascent + descent) / 2;
        boolean rtl = Cells.startsRightToLeft(l.text());
        int run = rtl ? PdfWriter.RUN_DIRECTION_RTL : PdfWriter.RUN_DIRECTION_LTR;
        ColumnText.showTextAligned(t, alignment(l.align(), rtl), phrase, x(l, l.align(), rtl), baseline, 0, run, 0);
    }

    /** Where the text is anchored: showTextAligned aligns visually, so START is the right edge for Arabic. */
    private static float x(Mark.Label l, Mark.Align align, boolean rtl) {
        float left = (float) l.x();
        float right = (float) (l.x() + l.width());
        return switch (align) {
            case CENTER -> (left + right) / 2;
            case START -> rtl ? right : left;
            case END -> rtl ? left : right;
        };
    }

    private static int alignment(Mark.Align align, boolean rtl) {
        return switch (align) {
            case CENTER -> Element.ALIGN_CENTER;
            case START -> rtl ? Element.ALIGN_RIGHT : Element.ALIGN_LEFT;
            case END -> rtl ? Element.ALIGN_LEFT : Element.ALIGN_RIGHT;
        };
    }
}
