package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.poi.util.Units;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPictureData;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.brief.Figure;
import org.mizan.render.SampleBriefs;
import org.mizan.render.figure.Drawing;
import org.mizan.render.figure.FigureLayout;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/** Figures arrive as inline PNG pictures at the layout's size, with alt text and a caption below. */
class DocxFiguresTest {

    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};

    private final Brief brief = SampleBriefs.english();
    private final XWPFDocument doc = Rendered.reopen(brief);
    private final List<Figure> figures = brief.sections().stream().flatMap(s -> s.blocks().stream())
            .filter(Figure.class::isInstance).map(Figure.class::cast).toList();

    @Test
    void everyFigureIsAnEmbeddedPng() {
        assertEquals(2, figures.size());
        List<XWPFPictureData> pictures = doc.getAllPictures();
        assertEquals(figures.size(), pictures.size());
        for (XWPFPictureData picture : pictures) {
            assertArrayEquals(PNG_SIGNATURE, Arrays.copyOf(picture.getData(), 8));
        }
    }

    @Test
    void picturesHavePrintResolution() throws IOException {
        List<XWPFPictureData> pictures = doc.getAllPictures();
        for (int i = 0; i < figures.size(); i++) {
            Drawing drawing = FigureLayout.layout(figures.get(i).diagram(), brief.metadata().language());
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(pictures.get(i).getData()));
            assertEquals(drawing.width() * FigureWriter.SCALE, image.getWidth(), 2.0);
            assertTrue(image.getWidth() / drawing.width() >= 2, "at least 144 dpi at the drawn size");
        }
    }

    @Test
    void picturesCarryTheFiguresAltTextAndDistinctIds() {
        List<CTInline> inlines = inlines();
        assertEquals(figures.stream().map(Figure::altText).toList(),
                inlines.stream().map(i -> i.getDocPr().getDescr()).toList());
        assertEquals(inlines.size(), new HashSet<>(inlines.stream().map(i -> i.getDocPr().getId()).toList()).size());
    }

    @Test
    void picturesAreSizedLikeTheDrawingWithinTheTextWidth() {
        List<CTInline> inlines = inlines();
        double textWidth = PageLayout.TEXT_WIDTH / 20.0;
        for (int i = 0; i < figures.size(); i++) {
            Drawing drawing = FigureLayout.layout(figures.get(i).diagram(), brief.metadata().language());
            double shrink = Math.min(1.0, textWidth / drawing.width());
            long cx = inlines.get(i).getExtent().getCx();
            long cy = inlines.get(i).getExtent().getCy();
            assertEquals(Units.toEMU(drawing.width() * shrink), cx, Units.EMU_PER_POINT);
            assertEquals(drawing.width() / drawing.height(), (double) cx / cy, 0.01);
            assertTrue(cx <= Units.toEMU(textWidth));
        }
    }

    @Test
    void theCaptionFollowsThePicture() {
        List<XWPFParagraph> body = doc.getParagraphs();
        List<String> captions = body.stream().filter(p -> !p.getCTP().getRList().isEmpty()
                        && p.getCTP().getRArray(0).sizeOfDrawingArray() > 0)
                .map(p -> body.get(body.indexOf(p) + 1))
                .peek(caption -> assertEquals("Caption", caption.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(figures.stream().map(Figure::caption).toList(), captions);
    }

    private List<CTInline> inlines() {
        return doc.getParagraphs().stream().flatMap(p -> p.getCTP().getRList().stream())
                .flatMap(r -> r.getDrawingList().stream()).flatMap(d -> d.getInlineList().stream()).toList();
    }
}
