package org.mizan.render.pdf;

import java.awt.Color;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontSelector;

import org.mizan.render.Fonts;

/**
 * The brief's type scale and the embedded faces behind it. One instance per rendered document: OpenPDF writes a
 * font subset per BaseFont instance, and each BaseFont gets a seeded random so that subset names (and therefore
 * the bytes) are the same on every run.
 */
final class Typography {

    private static final long SUBSET_SEED = 0x4D697A616EL;

    private final BaseFont regular;
    private final BaseFont bold;
    private final Optional<BaseFont> fallback;
    private final Optional<BaseFont> latin;
    private final Optional<BaseFont> latinBold;
    private final Map<Style, Font> fonts = new EnumMap<>(Style.class);
    private final boolean latinFirst;
    private final Map<Key, FontSelector> selectors = new HashMap<>();

    /**
     * {@code latinFirst}: Latin letters, digits and punctuation come from Noto Serif (the English brief); else
     * Noto Naskh sets everything it can (the Arabic brief, whose few Latin runs — grades, checksums — stay in the
     * face of the text around them) and Noto Serif only what it lacks.
     */
    Typography(boolean latinFirst) {
        this.latinFirst = latinFirst;
        regular = embed("NotoNaskhArabic-Regular.ttf", Fonts.bytes(Fonts.Weight.REGULAR));
        bold = embed("NotoNaskhArabic-Bold.ttf", Fonts.bytes(Fonts.Weight.BOLD));
        latin = Fonts.latin(Fonts.Weight.REGULAR).map(ttf -> embed("NotoSerif-Regular.ttf", ttf));
        latinBold = Fonts.latin(Fonts.Weight.BOLD).map(ttf -> embed("NotoSerif-Bold.ttf", ttf));
        // Latin-and-symbols face used only for characters Noto Naskh lacks (arrows, geometric shapes).
        fallback = Fonts.symbols().map(ttf -> embed("DejaVuSans.ttf", ttf));
        for (Style s : Style.values()) {
            fonts.put(s, new Font(s.bold ? bold : regular, s.size, Font.NORMAL, new Color(s.rgb)));
        }
    }

    Font font(Style style) {
        return fonts.get(style);
    }

    BaseFont regular() {
        return regular;
    }

    BaseFont bold() {
        return bold;
    }

    /** The distance between baselines for text of this size: tighter for a Latin brief than for Naskh. */
    float leading(float size) {
        return size * (latinFirst ? Style.LATIN_LEADING : Style.LEADING);
    }

    /** The text in the style; characters missing from the main face come from the fallback face, if any. */
    Phrase phrase(String text, Style style) {
        return phrase(text, font(style));
    }

    Phrase phrase(String text, Font font) {
        Phrase phrase = selectors.computeIfAbsent(new Key(font), k -> selector(font)).process(text);
        phrase.setLeading(leading(font.getSize()));
        return phrase;
    }

    /**
     * One selector per distinct font, kept for the document: OpenPDF's FontSelector constructor registers its
     * own bundled fallback face anew each time (about a millisecond), which per phrase made up most of a render.
     */
    private FontSelector selector(Font font) {
        FontSelector selector = new FontSelector();
        Optional<Font> serif = (font.getBaseFont() == bold ? latinBold : latin)
                .map(f -> new Font(f, font.getSize(), font.getStyle(), font.getColor()));
        if (latinFirst) {
            serif.ifPresent(selector::addFont);
        }
        selector.addFont(font);
        if (!latinFirst) {
            serif.ifPresent(selector::addFont);
        }
        fallback.ifPresent(f -> selector.addFont(new Font(f, font.getSize(), font.getStyle(), font.getColor())));
        return selector;
    }

    private record Key(BaseFont face, float size, int style, Color color) {
        Key(Font font) {
            this(font.getBaseFont(), font.getSize(), font.getStyle(), font.getColor());
        }
    }

    /** The same size and colour, bold face. */
    Font bolder(Font font) {
        return new Font(bold, font.getSize(), font.getStyle(), font.getColor());
    }

    private static BaseFont embed(String name, byte[] ttf) {
        try {
            BaseFont font = BaseFont.createFont(name, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true, ttf, null);
            SecureRandom seeded = SecureRandom.getInstance("SHA1PRNG");
            // Seeded per face: fixed across runs, yet each subset gets its own name prefix.
            seeded.setSeed(SUBSET_SEED ^ name.hashCode());
            font.setSecureRandom(seeded);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException("cannot embed font " + name, e);
        }
    }
}
