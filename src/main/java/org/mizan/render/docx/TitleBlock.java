package org.mizan.render.docx;

import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.mizan.brief.Brief;
import org.mizan.brief.Metadata;

/**
 * The top of the first page: title and subtitle. There is no table of contents, as in the PDF: a brief of twelve
 * pages does not need one, and the navigation pane lists the headings.
 */
final class TitleBlock {

    private final Context context;
    private final InlineWriter inlines;

    TitleBlock(Context context, InlineWriter inlines) {
        this.context = context;
        this.inlines = inlines;
    }

    void write(Brief brief) {
        Metadata meta = brief.metadata();
        line(StyleSheet.TITLE, meta.title());
        if (meta.subtitle() != null && !meta.subtitle().isBlank()) {
            line(StyleSheet.SUBTITLE, meta.subtitle());
        }
    }

    private XWPFParagraph entry(String style, String text) {
        XWPFParagraph p = context.doc().createParagraph();
        p.setStyle(style);
        context.direction().paragraph(p, text);
        return p;
    }

    private void line(String style, String text) {
        context.fields().text(entry(style, text), text);
    }
}
