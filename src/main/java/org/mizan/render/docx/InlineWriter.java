package org.mizan.render.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.impl.xb.xmlschema.SpaceAttribute;
import org.mizan.brief.Emphasis;
import org.mizan.brief.Inline;
import org.mizan.brief.Link;
import org.mizan.brief.Span;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTHyperlink;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;

/**
 * Writes running text into a paragraph: spans as runs, links as hyperlinks to a bookmark (w:anchor), which Word
 * follows with Ctrl+click and keeps working after the analyst moves text around.
 */
final class InlineWriter {

    private final Context context;

    InlineWriter(Context context) {
        this.context = context;
    }

    /** Styles the paragraph, sets its direction, and fills it, inside a bookmark for each anchor (null: none). */
    void paragraph(XWPFParagraph paragraph, String style, List<String> anchors, List<Inline> inlines,
                   String plainText) {
        paragraph.setStyle(style);
        context.direction().paragraph(paragraph, plainText);
        List<BigInteger> open = new ArrayList<>();
        for (String anchor : anchors) {
            if (anchor != null) {
                open.add(context.bookmarks().start(paragraph, anchor));
            }
        }
        inlines.forEach(inline -> inline(paragraph, inline));
        open.forEach(id -> context.bookmarks().end(paragraph, id));
    }

    void paragraph(XWPFParagraph paragraph, String style, String anchor, List<Inline> inlines, String plainText) {
        paragraph(paragraph, style, Collections.singletonList(anchor), inlines, plainText);
    }

    /** Fills an already styled paragraph, inside a bookmark if it has an anchor. */
    void content(XWPFParagraph paragraph, String anchor, List<Inline> inlines) {
        BigInteger bookmark = anchor == null ? null : context.bookmarks().start(paragraph, anchor);
        inlines.forEach(inline -> inline(paragraph, inline));
        if (bookmark != null) {
            context.bookmarks().end(paragraph, bookmark);
        }
    }

    void inline(XWPFParagraph paragraph, Inline inline) {
        if (inline instanceof Link link) {
            link(paragraph, link.text(), link.target());
        } else if (inline instanceof Span span) {
            span(paragraph.getCTP().addNewR(), span);
        }
    }

    /**
     * A hyperlink to an anchor of the brief, also used by the table of contents. A target the brief does not
     * define is written as plain text: a link Word cannot follow would only mislead the reader.
     */
    void link(XWPFParagraph paragraph, String text, String target) {
        if (target == null || !context.bookmarks().isDefined(target)) {
            span(paragraph.getCTP().addNewR(), Span.plain(text));
            return;
        }
        CTHyperlink hyperlink = paragraph.getCTP().addNewHyperlink();
        hyperlink.setAnchor(context.bookmarks().name(target));
        hyperlink.setHistory(true);
        CTR run = hyperlink.addNewR();
        context.direction().run(run, text, StyleSheet.HYPERLINK, false, false);
        text(run, text);
    }

    private void span(CTR run, Span span) {
        context.direction().run(run, span.text(), null, span.emphasis() == Emphasis.BOLD,
                span.emphasis() == Emphasis.ITALIC);
        text(run, span.text());
    }

    static void text(CTR run, String text) {
        CTText t = run.addNewT();
        t.setStringValue(text);
        t.setSpace(SpaceAttribute.Space.PRESERVE);
    }
}
