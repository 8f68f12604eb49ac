package org.mizan.render.pdf;

import java.awt.Color;

import com.lowagie.text.Chunk;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;

import org.mizan.brief.Emphasis;
import org.mizan.brief.Inline;
import org.mizan.brief.Link;
import org.mizan.brief.Paragraph;
import org.mizan.brief.Span;
import org.mizan.render.Palette;

/** Turns a paragraph's inlines into an OpenPDF phrase: emphasis as face or slant, links as local gotos. */
final class Phrases {

    private static final Color LINK = new Color(Palette.ACCENT);

    private final Typography type;

    Phrases(Typography type) {
        this.type = type;
    }

    /** The paragraph's text in the style; its anchor, if any, becomes a named destination at its first chunk. */
    Phrase of(Paragraph paragraph, Style style) {
        Font base = type.font(style);
        Phrase phrase = new Phrase(type.leading(base.getSize()));
        for (Inline inline : paragraph.inlines()) {
            phrase.add(inline(inline, base));
        }
        anchor(phrase, paragraph.anchor());
        return phrase;
    }

    /** Plain text in the style, optionally a named destination. */
    Phrase of(String text, Style style, String anchor) {
        Phrase phrase = type.phrase(text, style);
        anchor(phrase, anchor);
        return phrase;
    }

    /** Makes the first chunk of the phrase the destination named {@code anchor} (no-op for a null anchor). */
    static void anchor(Phrase phrase, String anchor) {
        if (anchor == null) {
            return;
        }
        for (Element e : phrase.getChunks()) {
            if (e instanceof Chunk chunk && !isDestination(chunk)) {
                chunk.setLocalDestination(anchor);
                return;
            }
        }
    }

    private static boolean isDestination(Chunk chunk) {
        return chunk.hasAttributes() && chunk.getChunkAttributes().containsKey(Chunk.LOCALDESTINATION);
    }

    private Phrase inline(Inline inline, Font base) {
        if (inline instanceof Link link) {
            return link(link, base);
        }
        Span span = (Span) inline;
        return type.phrase(span.text(), emphasised(base, span.emphasis()));
    }

    /** Text in the style that goes to the named destination {@code target} when clicked, not marked as a link. */
    Phrase quietLink(String text, String target, Style style) {
        Phrase phrase = type.phrase(text, style);
        for (Element e : phrase.getChunks()) {
            ((Chunk) e).setLocalGoto(target);
            ((Chunk) e).setGenericTag(text);
        }
        return phrase;
    }

    private Phrase link(Link link, Font base) {
        Font font = new Font(base.getBaseFont(), base.getSize(), base.getStyle(), LINK);
        Phrase phrase = type.phrase(link.text(), font);
        for (Element e : phrase.getChunks()) {
            if (e instanceof Chunk chunk) {
                chunk.setLocalGoto(link.target());
                // Tells the structure tree where the link's words land (Tags#linkEvents).
                chunk.setGenericTag(link.text());
                chunk.setUnderline(LINK, 0.5f, 0, -2f, 0, 0);
            }
        }
        return phrase;
    }

    private Font emphasised(Font base, Emphasis emphasis) {
        return switch (emphasis) {
            case NONE -> base;
            case BOLD -> type.bolder(base);
            // Noto Naskh has no italic; OpenPDF slants the upright face.
            case ITALIC -> new Font(base.getBaseFont(), base.getSize(), Font.ITALIC, base.getColor());
        };
    }
}
