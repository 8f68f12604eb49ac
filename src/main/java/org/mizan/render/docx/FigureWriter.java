package org.mizan.render.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.mizan.brief.Figure;
import org.mizan.brief.Span;
import org.mizan.render.figure.Drawing;
import org.mizan.render.figure.FigureLayout;
import org.mizan.render.figure.PngPainter;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * Writes a figure as an inline picture (it moves with the text when the analyst edits), kept with its caption
 * below. Word has no portable vector format POI can write, so the shared layout is painted as a PNG at print
 * resolution and shown at the layout's size in points, shrunk to the text width if wider.
 */
final class FigureWriter {

    /**
     * Pixels per point: 3 gives 216 dpi, sharp in print with about half the pixels of PngPainter.PRINT_SCALE's
     * 300 dpi, which keeps the file light enough to mail and quick to write.
     */
    static final double SCALE = 3;

    private final Context context;
    private final InlineWriter inlines;
    private int count;

    FigureWriter(Context context, InlineWriter inlines) {
        this.context = context;
        this.inlines = inlines;
    }

    void write(Figure figure) throws IOException {
        Drawing drawing = FigureLayout.layout(figure.diagram(), context.language());
        byte[] png = PngPainter.paint(drawing, SCALE);
        XWPFParagraph p = context.doc().createParagraph();
        p.setStyle(StyleSheet.FIGURE);
        context.direction().paragraph(p, "");
        var bookmark = figure.anchor() == null ? null : context.bookmarks().start(p, figure.anchor());
        picture(p.createRun(), png, drawing, figure.altText());
        if (bookmark != null) {
            context.bookmarks().end(p, bookmark);
        }
        if (figure.caption() != null && !figure.caption().isBlank()) {
            XWPFParagraph caption = context.doc().createParagraph();
            inlines.paragraph(caption, StyleSheet.CAPTION, List.<String>of(),
                    List.of(Span.plain(figure.caption())), figure.caption());
        }
    }

    private void picture(XWPFRun run, byte[] png, Drawing drawing, String altText) throws IOException {
        double maxWidth = PageLayout.TEXT_WIDTH / 20.0;
        // As in the PDF: at most 0.4 of the page's text height, so a figure does not take a page of its own.
        double maxHeight = 0.4 * (PageLayout.PAGE_HEIGHT - PageLayout.MARGIN - PageLayout.BOTTOM_MARGIN) / 20.0;
        double shrink = Math.min(1.0, Math.min(maxWidth / drawing.width(), maxHeight / drawing.height()));
        int width = Units.toEMU(drawing.width() * shrink);
        int height = Units.toEMU(drawing.height() * shrink);
        count++;
        XWPFPicture picture;
        try {
            picture = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG, "figure-" + count + ".png",
                    width, height);
        } catch (InvalidFormatException e) {
            throw new IOException("cannot embed figure " + count, e);
        }
        // Word wants drawing ids unique in the document (POI numbers them all 0), and screen readers read descr.
        String description = altText == null ? "" : altText;
        CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
        inline.getDocPr().setId(count);
        inline.getDocPr().setName("Figure " + count);
        inline.getDocPr().setDescr(description);
        picture.getCTPicture().getNvPicPr().getCNvPr().setId(count);
        picture.getCTPicture().getNvPicPr().getCNvPr().setDescr(description);
    }
}
