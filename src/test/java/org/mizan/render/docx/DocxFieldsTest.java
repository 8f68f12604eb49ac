package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.render.SampleBriefs;

/** Fields Word computes: "page x of y", and the marking on every page; no table of contents. */
class DocxFieldsTest {

    @Test
    void thereIsNoTableOfContentsAsInThePdf() {
        XWPFDocument doc = Rendered.reopen(SampleBriefs.english());
        assertTrue(doc.getParagraphs().stream().noneMatch(p -> Rendered.instructions(List.of(p)).stream()
                .anyMatch(i -> i.strip().startsWith("TOC"))));
        assertTrue(doc.getParagraphs().stream().noneMatch(p -> p.getStyle() != null && p.getStyle().startsWith("TOC")));
    }

    @Test
    void wordIsAskedToUpdateFieldsOnOpen() {
        String settings = Rendered.part(SampleBriefs.english(), "word/settings.xml");
        assertTrue(settings.matches("(?s).*<w:updateFields w:val=\"(on|true|1)\"/>.*"), settings);
    }

    @Test
    void wordOpensTheFileAsACurrentDocumentNotInCompatibilityMode() {
        String settings = Rendered.part(SampleBriefs.english(), "word/settings.xml");
        assertTrue(settings.matches("(?s).*<w:updateFields [^>]*/><w:compat><w:compatSetting w:name=\"compatibilityMode\""
                + " w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>.*"), settings);
    }

    @Test
    void headerAndFooterCarryTheMarkingAndPageXOfY() {
        assertPageFurniture(SampleBriefs.english(), "Page 1 of 1", List.of(" PAGE ", " NUMPAGES "));
    }

    @Test
    void theArabicFooterSaysPageXOfYInArabicWordsAndDigits() {
        assertPageFurniture(SampleBriefs.arabic(), "صفحة ١ من ١",
                List.of(" PAGE \\* HindiArabic ", " NUMPAGES \\* HindiArabic "));
    }

    private static void assertPageFurniture(Brief brief, String shown, List<String> instructions) {
        XWPFDocument doc = Rendered.reopen(brief);
        String marking = brief.metadata().marking();
        XWPFHeader header = doc.getHeaderFooterPolicy().getDefaultHeader();
        XWPFFooter footer = doc.getHeaderFooterPolicy().getDefaultFooter();
        assertEquals(marking, header.getText().strip());
        assertEquals(marking, footer.getParagraphs().get(0).getText());
        XWPFParagraph pages = footer.getParagraphs().get(1);
        assertEquals(instructions, Rendered.instructions(List.of(pages)));
        assertEquals(shown, pages.getText());
    }
}
