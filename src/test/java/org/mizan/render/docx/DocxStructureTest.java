package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Section;
import org.mizan.brief.Tone;
import org.mizan.render.Palette;
import org.mizan.render.SampleBriefs;

/** What a reader sees of the brief's structure in Word: styles, headings, tables. */
class DocxStructureTest {

    private final XWPFDocument doc = Rendered.reopen(SampleBriefs.english());

    @Test
    void headingStylesAreWordsOwnSoTheNavigationPaneListsThem() {
        for (int level = 1; level <= 3; level++) {
            XWPFStyle style = doc.getStyles().getStyle("Heading" + level);
            assertEquals("heading " + level, style.getName());
            assertEquals(level - 1, style.getCTStyle().getPPr().getOutlineLvl().getVal().intValue());
        }
        for (String id : List.of("Normal", "Title", "Subtitle", "Caption", "Hyperlink")) {
            assertTrue(doc.getStyles().styleExist(id), id);
        }
        assertEquals("caption", doc.getStyles().getStyle("Caption").getName());
    }

    @Test
    void everySectionTitleIsAHeadingOfItsLevelInOrder() {
        List<String> expected = SampleBriefs.english().sections().stream().map(Section::title).toList();
        List<String> headings = doc.getParagraphs().stream()
                .filter(p -> "Heading1".equals(p.getStyle())).map(XWPFParagraph::getText).toList();
        assertEquals(expected, headings);
    }

    @Test
    void theTitleBlockComesFirst() {
        XWPFParagraph first = doc.getParagraphs().get(0);
        assertEquals("Title", first.getStyle());
        assertEquals(SampleBriefs.english().metadata().title(), first.getText());
        assertEquals("Subtitle", doc.getParagraphs().get(1).getStyle());
    }

    @Test
    void theDefaultFontIsNotoSerifForLatinAndNotoNaskhArabicForArabicScript() {
        var fonts = doc.getStyles().getDefaultRunStyle().getRPr().getRFontsArray(0);
        assertEquals("Noto Serif", fonts.getAscii());
        assertEquals("Noto Serif", fonts.getHAnsi());
        assertEquals("Noto Naskh Arabic", fonts.getCs());
    }

    @Test
    void tablesRepeatTheirShadedHeaderRowOnEveryPage() {
        assertEquals(3, doc.getTables().size());
        for (XWPFTable table : doc.getTables()) {
            assertTrue(table.getRow(0).isRepeatHeader());
            assertEquals(Colors.hex(Palette.HEADER_FILL), table.getRow(0).getCell(0).getColor());
            assertFalse(table.getRow(1).isRepeatHeader());
        }
        assertEquals(List.of("Dependent", "Provider", "Kind"),
                doc.getTables().get(0).getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
    }

    @Test
    void cellsAreShadedByTheirTone() {
        XWPFTable risks = doc.getTables().get(1);
        assertEquals("High", risks.getRow(1).getCell(1).getText());
        assertEquals(Colors.hex(Palette.fill(Tone.HIGH)), risks.getRow(1).getCell(1).getColor());
        assertEquals(null, risks.getRow(1).getCell(0).getColor(), "a neutral cell keeps the page colour");
    }

    @Test
    void columnWidthsFollowTheModelsWeights() {
        var grid = doc.getTables().get(1).getCTTbl().getTblGrid().getGridColList();
        long first = Rendered.number(grid.get(0).getW());
        long second = Rendered.number(grid.get(1).getW());
        long third = Rendered.number(grid.get(2).getW());
        assertEquals(3.0, (double) first / second, 0.01);
        assertEquals(2.0, (double) third / second, 0.01);
        assertTrue(first + second + third <= PageLayout.TEXT_WIDTH);
    }

    @Test
    void pagesAreA4WithTwoCentimetreMarginsAndRoomForTheFooter() {
        var sectPr = doc.getDocument().getBody().getSectPr();
        assertArrayEquals(new long[] {11906, 16838}, new long[] {
                Rendered.number(sectPr.getPgSz().getW()), Rendered.number(sectPr.getPgSz().getH())});
        assertEquals(1134, Rendered.number(sectPr.getPgMar().getLeft()));
        assertEquals(1134, Rendered.number(sectPr.getPgMar().getTop()));
        assertTrue(Rendered.number(sectPr.getPgMar().getBottom()) > Rendered.number(sectPr.getPgMar().getFooter())
                + 567, "room for the two-line footer");
    }
}
