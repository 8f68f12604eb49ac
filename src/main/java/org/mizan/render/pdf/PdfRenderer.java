package org.mizan.render.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BiFunction;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.PageSize;

import org.mizan.brief.Brief;
import org.mizan.brief.Diagram;
import org.mizan.dossier.Language;
import org.mizan.render.BriefRenderer;
import org.mizan.render.figure.Drawing;
import org.mizan.render.figure.FigureLayout;

/**
 * Renders a brief as an A4 tagged PDF/A-1a and PDF/UA-1 file: embedded Noto Naskh Arabic whose glyphs map back to
 * logical letters ({@link TaggedPdfWriter}), a structure tree ({@link Tags}), right-to-left layout for Arabic
 * briefs, a running header and footer with the marking and "page x of y", vector figures, tables whose headings
 * repeat, internal links, and an outline with a bookmark per section. The same brief always gives the same bytes.
 */
public final class PdfRenderer implements BriefRenderer {

    /** Leaves a 480 pt text column, the width FigureLayout draws for, so figures are set at their own size. */
    static final float MARGIN_SIDE = 57.5f;
    static final float MARGIN_TOP = 78;
    static final float MARGIN_BOTTOM = 78;

    private final BiFunction<Diagram, Language, Drawing> figureLayout;

    /** A renderer that lays figures out with {@link FigureLayout}. */
    public PdfRenderer() {
        this(FigureLayout::layout);
    }

    /** A renderer with another figure layout, e.g. one a test controls. */
    public PdfRenderer(BiFunction<Diagram, Language, Drawing> figureLayout) {
        this.figureLayout = figureLayout;
    }

    @Override
    public void render(Brief brief, OutputStream out) throws IOException {
        Document document = new Document(PageSize.A4, MARGIN_SIDE, MARGIN_SIDE, MARGIN_TOP, MARGIN_BOTTOM);
        try {
            TaggedPdfWriter writer = TaggedPdfWriter.open(document, out);
            writer.setCloseStream(false);
            new BriefWriter(brief, document, writer, figureLayout).write();
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        }
    }

    @Override
    public String extension() {
        return "pdf";
    }
}
