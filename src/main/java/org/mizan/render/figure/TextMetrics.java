package org.mizan.render.figure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.AttributedString;
import java.text.Bidi;
import java.util.Map;

import org.mizan.render.Fonts;

/**
 * Measures text with the brief's real font, so a layout can size boxes the renderers will actually fill.
 * Arabic is measured shaped (TextLayout), since joined forms are narrower than isolated ones. Both faces are
 * parsed once; the metrics are those of an antialiased, fractional-metrics context, like the PNG painter's.
 */
final class TextMetrics {

    static {
        // Font parsing must not try to reach a display (build servers, tests).
        System.setProperty("java.awt.headless", "true");
    }

    static final FontRenderContext CONTEXT = new FontRenderContext(null, true, true);
    private static final Font REGULAR = load(Fonts.Weight.REGULAR);
    private static final Font BOLD = load(Fonts.Weight.BOLD);

    private TextMetrics() {
    }

    static Font font(double size, boolean bold) {
        return (bold ? BOLD : REGULAR).deriveFont((float) size);
    }

    /** True when the text's first strong character is right to left (an Arabic label, even with Latin in it). */
    static boolean rightToLeft(String text) {
        return !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    /** The shaped line as the painter draws it. */
    static TextLayout layout(String text, Font font) {
        AttributedString s = new AttributedString(text, Map.of(TextAttribute.FONT, font,
                TextAttribute.RUN_DIRECTION, rightToLeft(text) ? TextAttribute.RUN_DIRECTION_RTL
                        : TextAttribute.RUN_DIRECTION_LTR));
        return new TextLayout(s.getIterator(), CONTEXT);
    }

    static double width(String text, double size, boolean bold) {
        if (text.isEmpty()) {
            return 0;
        }
        return layout(text, font(size, bold)).getAdvance();
    }

    /** Height of one line: ascent plus descent of the face, which are tall in Naskh (marks above and below). */
    static double lineHeight(double size) {
        LineMetrics m = font(size, false).getLineMetrics("Ag", CONTEXT);
        return m.getAscent() + m.getDescent();
    }

    private static Font load(Fonts.Weight weight) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, new ByteArrayInputStream(Fonts.bytes(weight)));
        } catch (FontFormatException e) {
            throw new IllegalStateException("the brief's font is not a TrueType font", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
