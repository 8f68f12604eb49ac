package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.mizan.render.SampleBriefs;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;

/** The Arabic brief reads right to left in Word: paragraphs, runs, tables and the page itself. */
class DocxRightToLeftTest {

    private final XWPFDocument arabic = Rendered.reopen(SampleBriefs.arabic());
    private final XWPFDocument english = Rendered.reopen(SampleBriefs.english());

    @Test
    void everyArabicParagraphIsRightToLeft() {
        List<XWPFParagraph> paragraphs = Rendered.paragraphs(arabic);
        assertTrue(paragraphs.size() > 20);
        for (XWPFParagraph p : paragraphs) {
            assertTrue(p.getCTPPr().isSetBidi(), () -> "not bidi: " + p.getText());
        }
    }

    @Test
    void everyArabicRunIsRightToLeftWithComplexScriptFontAndArabicLanguage() {
        List<CTR> runs = Rendered.paragraphs(arabic).stream().flatMap(p -> Rendered.runs(p).stream())
                .filter(Rendered::hasText).toList();
        assertTrue(runs.size() > 20);
        for (CTR run : runs) {
            CTRPr pr = run.getRPr();
            String text = run.getTArray(0).getStringValue();
            assertEquals(1, pr.sizeOfRtlArray(), () -> "no rtl: " + text);
            assertEquals("ar-SA", pr.getLangArray(0).getBidi(), text);
            assertEquals("Noto Naskh Arabic", pr.getRFontsArray(0).getCs(), text);
        }
    }

    @Test
    void runPropertiesAreInTheOrderWordExpects() {
        CTR run = Rendered.runs(arabic.getParagraphs().get(0)).get(0);
        String xml = run.getRPr().xmlText();
        int fonts = xml.indexOf("rFonts");
        int rtl = xml.indexOf("rtl");
        int lang = xml.indexOf("lang");
        assertTrue(fonts >= 0 && fonts < rtl && rtl < lang, xml);
    }

    @Test
    void arabicTablesPutTheFirstColumnOnTheRight() {
        for (XWPFTable table : arabic.getTables()) {
            assertTrue(table.getCTTbl().getTblPr().isSetBidiVisual());
        }
        assertEquals("التابع", arabic.getTables().get(0).getRow(0).getCell(0).getText(),
                "cells stay in reading order; bidiVisual does the mirroring");
    }

    @Test
    void theArabicSectionIsRightToLeft() {
        assertTrue(arabic.getDocument().getBody().getSectPr().isSetBidi());
        assertFalse(english.getDocument().getBody().getSectPr().isSetBidi());
    }

    @Test
    void theEnglishBriefIsLeftToRightExceptArabicQuotations() {
        for (XWPFParagraph p : Rendered.paragraphs(english)) {
            boolean arabicText = p.getText().chars().anyMatch(c -> Character.UnicodeBlock.of(c)
                    == Character.UnicodeBlock.ARABIC);
            assertEquals(arabicText, p.getCTPPr() != null && p.getCTPPr().isSetBidi(), p.getText());
        }
        assertFalse(english.getTables().get(0).getCTTbl().getTblPr().isSetBidiVisual());
    }
}
