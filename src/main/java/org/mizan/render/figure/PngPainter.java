package org.mizan.render.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.LineMetrics;
import java.awt.font.TextLayout;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/**
 * Paints a Drawing into a PNG, for formats that embed figures as images (DOCX). Arabic labels are shaped and
 * set right to left by Java2D's TextLayout with the brief's font. START and END alignment follow the label's
 * own direction (START is the right edge for Arabic text). The bytes depend only on the drawing and the scale:
 * the PNG carries no time or other metadata.
 */
public final class PngPainter {

    static {
        System.setProperty("java.awt.headless", "true");
    }

    /** Pixels per point for print quality: 300 dpi. */
    public static final double PRINT_SCALE = 300 / 72.0;

    private static final double ARROW_LENGTH = 6.5;
    private static final double ARROW_HALF_WIDTH = 2.8;

    private PngPainter() {
    }

    /** The drawing at {@code scale} pixels per point (e.g. 300 / 72 for print), on white. */
    public static byte[] paint(Drawing drawing, double scale) {
        if (!(scale > 0)) {
            throw new IllegalArgumentException("scale must be positive: " + scale);
        }
        int w = pixels(drawing.width() * scale);
        int h = pixels(drawing.height() * scale);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            prepare(g, image);
            g.scale(scale, scale);
            drawing.marks().forEach(m -> draw(g, m));
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    /** Whole pixels covering the size; a hair of rounding error (480 x 300/72) must not add a column. */
    private static int pixels(double size) {
        return Math.max(1, (int) Math.ceil(size - 1e-6));
    }

    private static void prepare(Graphics2D g, BufferedImage image) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
    }

    private static void draw(Graphics2D g, Mark mark) {
        if (mark instanceof Mark.Line l) {
            line(g, l);
        } else if (mark instanceof Mark.Box b) {
            box(g, b);
        } else if (mark instanceof Mark.Path p) {
            path(g, p);
        } else {
            label(g, (Mark.Label) mark);
        }
    }

    /** With an arrow, the line stops at the head's base so its end does not blunt the tip. */
    private static void line(Graphics2D g, Mark.Line l) {
        g.setColor(new Color(l.rgb()));
        g.setStroke(l.dash() > 0
                ? new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10,
                        new float[] {(float) l.dash(), (float) (l.dash() * 0.6)}, 0)
                : new BasicStroke((float) l.width(), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        double len = Math.hypot(l.x2() - l.x1(), l.y2() - l.y1());
        if (!l.arrow() || len < 1e-6) {
            g.draw(new Line2D.Double(l.x1(), l.y1(), l.x2(), l.y2()));
            return;
        }
        double ux = (l.x2() - l.x1()) / len;
        double uy = (l.y2() - l.y1()) / len;
        double head = Math.min(ARROW_LENGTH + l.width(), len);
        double bx = l.x2() - ux * head;
        double by = l.y2() - uy * head;
        g.draw(new Line2D.Double(l.x1(), l.y1(), bx + ux * 0.5, by + uy * 0.5));
        double half = ARROW_HALF_WIDTH + l.width() / 2;
        Path2D.Double tip = new Path2D.Double();
        tip.moveTo(l.x2(), l.y2());
        tip.lineTo(bx - uy * half, by + ux * half);
        tip.lineTo(bx + uy * half, by - ux * half);
        tip.closePath();
        g.fill(tip);
    }

    private static void path(Graphics2D g, Mark.Path p) {
        Path2D.Double shape = new Path2D.Double();
        for (int i = 0; i + 1 < p.xy().size(); i += 2) {
            if (i == 0) {
                shape.moveTo(p.xy().get(i), p.xy().get(i + 1));
            } else {
                shape.lineTo(p.xy().get(i), p.xy().get(i + 1));
            }
        }
        if (p.closed()) {
            shape.closePath();
            if (p.fill() >= 0) {
                g.setColor(new Color(p.fill()));
                g.fill(shape);
            }
        }
        if (p.strokeWidth() > 0) {
            g.setColor(new Color(p.stroke()));
            g.setStroke(new BasicStroke((float) p.strokeWidth(), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            g.draw(shape);
        }
    }

    private static void box(Graphics2D g, Mark.Box b) {
        java.awt.Shape shape = b.radius() > 0
                ? new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * b.radius(), 2 * b.radius())
                : new Rectangle2D.Double(b.x(), b.y(), b.width(), b.height());
        g.setColor(new Color(b.fill()));
        g.fill(shape);
        if (b.strokeWidth() > 0) {
            g.setColor(new Color(b.stroke()));
            g.setStroke(new BasicStroke((float) b.strokeWidth()));
            g.draw(shape);
        }
    }

    private static void label(Graphics2D g, Mark.Label t) {
        if (t.text().isEmpty()) {
            return;
        }
        Font font = TextMetrics.font(t.size(), t.bold());
        TextLayout layout = TextMetrics.layout(t.text(), font);
        LineMetrics metrics = font.getLineMetrics(t.text(), TextMetrics.CONTEXT);
        double free = t.width() - layout.getAdvance();
        boolean rtl = TextMetrics.rightToLeft(t.text());
        double x = switch (t.align()) {
            case CENTER -> t.x() + free / 2;
            case START -> rtl ? t.x() + free : t.x();
            case END -> rtl ? t.x() : t.x() + free;
        };
        double baseline = t.y() + (t.height() - metrics.getAscent() - metrics.getDescent()) / 2 + metrics.getAscent();
        g.setColor(new Color(t.rgb()));
        layout.draw(g, (float) x, (float) baseline);
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
