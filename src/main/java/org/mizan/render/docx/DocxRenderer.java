package org.mizan.render.docx;

import java.io.IOException;
import java.io.OutputStream;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.mizan.brief.Brief;
import org.mizan.render.BriefRenderer;
import org.mizan.render.ZipTimes;

/**
 * Renders a brief as a Word document an analyst can edit and paste from: real styles (headings in the
 * navigation pane), a table of contents field, A4 pages with the marking and "page x of y", tables with repeated
 * header rows, figures as pictures with alt text, internal links to bookmarks, and right-to-left paragraphs, runs
 * and tables in the Arabic brief. Same brief, same bytes: dates come from the brief and zip entry times are fixed.
 */
public final class DocxRenderer implements BriefRenderer {

    @Override
    public void render(Brief brief, OutputStream out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            build(doc, brief);
            ZipTimes.fixed(() -> doc.write(out));
        }
    }

    @Override
    public String extension() {
        return "docx";
    }

    private static void build(XWPFDocument doc, Brief brief) throws IOException {
        Context context = Context.of(doc, brief);
        StyleWriter.write(doc);
        InlineWriter inlines = new InlineWriter(context);
        TitleBlock title = new TitleBlock(context, inlines);
        title.write(brief);
        new BodyWriter(context, inlines).chapters(brief.sections());
        PageLayout.write(context, brief.metadata());
        DocumentProperties.write(doc, brief.metadata());
        Settings.write(doc);
    }
}
