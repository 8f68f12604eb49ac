package org.mizan.render.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mizan.dossier.Language;

@DisplayName("PNG painter")
class PngPainterTest {

    @Test
    void theImageIsTheDrawingsSizeTimesTheScale() throws IOException {
        Drawing d = FigureLayout.layout(FigureSamples.matrix(Language.EN), Language.EN);
        BufferedImage image = read(PngPainter.paint(d, 300 / 72.0));
        assertEquals(2000, image.getWidth(), "480 pt at 300 dpi");
        assertEquals((int) Math.ceil(d.height() * 300 / 72.0), image.getHeight());
    }

    @Test
    void paintingTwiceGivesTheSameBytes() {
        Drawing d = FigureLayout.layout(FigureSamples.largeGraph(Language.AR), Language.AR);
        assertArrayEquals(PngPainter.paint(d, 2), PngPainter.paint(d, 2));
    }

    @Test
    void boxesAreFilledAndTheBackgroundIsWhite() throws IOException {
        Drawing d = new Drawing(100, 50, List.of(new Mark.Box(10, 10, 30, 20, 0xA61B1B, 0x000000, 1, 3)));
        BufferedImage image = read(PngPainter.paint(d, 2));
        assertEquals(0xA61B1B, image.getRGB(50, 40) & 0xFFFFFF);
        assertEquals(0xFFFFFF, image.getRGB(150, 80) & 0xFFFFFF);
    }

    @Test
    void anArrowHeadIsWiderThanItsLine() throws IOException {
        Drawing d = new Drawing(100, 40, List.of(new Mark.Line(10, 20, 90, 20, 0x000000, 1, true)));
        BufferedImage image = read(PngPainter.paint(d, 4));
        assertTrue(inkRows(image, 4 * 30) <= 6, "the shaft is about one point thick");
        assertTrue(inkRows(image, 4 * 84) >= 12, "the head near the tip is several points wide");
    }

    @Test
    void startAlignedArabicIsSetFromTheRightAndLatinFromTheLeft() throws IOException {
        int[] arabic = inkSpan(label("الولايات المتحدة"));
        int[] latin = inkSpan(label("United States"));
        assertTrue(arabic[0] > 200 * 2 / 2, "Arabic ink should start in the right half: " + arabic[0]);
        assertTrue(latin[1] < 200 * 2 / 2, "Latin ink should end in the left half: " + latin[1]);
    }

    @Test
    void arabicLettersAreJoinedNotSetApart() throws IOException {
        String word = "التحالف";
        String unjoined = String.join("\u200C", word.split(""));
        int[] joined = inkSpan(label(word));
        int[] apart = inkSpan(label(unjoined));
        assertTrue(joined[1] - joined[0] < apart[1] - apart[0], "joined forms are narrower than isolated ones");
    }

    @Test
    void arabicRunsRightToLeftSoItsFirstLetterIsOnTheRight() throws IOException {
        // Alef is the tallest letter; kashidas after it are flat: in Arabic order the alef stands rightmost.
        BufferedImage image = label("\u0627\u0640\u0640\u0640\u0640\u0640\u0640");
        int[] span = inkSpan(image);
        int topColumn = topmostInkColumn(image);
        assertTrue(topColumn > (span[0] + span[1]) / 2, "alef at " + topColumn + " in " + span[0] + ".." + span[1]);
    }

    private static int topmostInkColumn(BufferedImage image) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if ((image.getRGB(x, y) & 0xFF) < 128) {
                    return x;
                }
            }
        }
        throw new AssertionError("no ink");
    }

    private static BufferedImage label(String text) throws IOException {
        Drawing d = new Drawing(200, 30, List.of(new Mark.Label(text, 0, 0, 200, 30, 10, false, 0x000000,
                Mark.Align.START, null)));
        return read(PngPainter.paint(d, 2));
    }

    private static int inkRows(BufferedImage image, int x) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            count += (image.getRGB(x, y) & 0xFF) < 128 ? 1 : 0;
        }
        return count;
    }

    private static int[] inkSpan(BufferedImage image) {
        int min = Integer.MAX_VALUE;
        int max = -1;
        for (int x = 0; x < image.getWidth(); x++) {
            if (inkRows(image, x) > 0) {
                min = Math.min(min, x);
                max = x;
            }
        }
        return new int[] {min, max};
    }

    private static BufferedImage read(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
