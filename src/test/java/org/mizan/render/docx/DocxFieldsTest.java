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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFldChar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/** Fields Word computes: the table of contents and "page x of y", and the marking on every page. */
class DocxFieldsTest {

    private static final String TOC = " TOC \\o \"1-2\" \\h \\z \\u ";

    @Test
    void theTableOfContentsIsAFieldRightAfterTheTitleBlock() {
        XWPFDocument doc = Rendered.reopen(SampleBriefs.english());
        List<XWPFParagraph> body = doc.getParagraphs();
        int toc = indexOfInstruction(body, TOC);
        int firstHeading = indexOfStyle(body, "Heading1");
        assertTrue(toc > indexOfStyle(body, "Subtitle") && toc < firstHeading, "TOC at " + toc);
        assertEquals("Contents", body.get(toc - 1).getText());
        assertEquals(List.of(STFldCharType.BEGIN, STFldCharType.SEPARATE, STFldCharType.END),
                fieldChars(body.subList(toc, firstHeading)));
    }

    @Test
    void untilWordUpdatesItTheContentsListsTheSectionsAsLinks() {
        XWPFDocument doc = Rendered.reopen(SampleBriefs.english());
        List<String> entries = doc.getParagraphs().stream().filter(p -> "TOC1".equals(p.getStyle()))
                .map(XWPFParagraph::getText).toList();
        assertEquals(List.of("Bottom line", "Dependencies", "Risks", "Sources and evidence"), entries);
    }

    @Test
    void aBriefWithoutSectionsKeepsTheContentsFieldWithAHintToUpdateIt() {
        Brief sample = SampleBriefs.english();
        XWPFDocument doc = Rendered.reopen(new Brief(sample.metadata(), List.of()));
        List<XWPFParagraph> body = doc.getParagraphs();
        int toc = indexOfInstruction(body, TOC);
        assertEquals(Words.of(sample.metadata()).updateHint(), body.get(toc).getText());
        assertEquals(List.of(STFldCharType.BEGIN, STFldCharType.SEPARATE, STFldCharType.END),
                fieldChars(List.of(body.get(toc))));
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

    private static int indexOfInstruction(List<XWPFParagraph> paragraphs, String instruction) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (Rendered.instructions(List.of(paragraphs.get(i))).contains(instruction)) {
                return i;
            }
        }
        throw new AssertionError("no field " + instruction);
    }

    private static int indexOfStyle(List<XWPFParagraph> paragraphs, String style) {
        for (int i = 0; i < paragraphs.size(); i++) {
            if (style.equals(paragraphs.get(i).getStyle())) {
                return i;
            }
        }
        throw new AssertionError("no paragraph in " + style);
    }

    private static List<STFldCharType.Enum> fieldChars(List<XWPFParagraph> paragraphs) {
        return paragraphs.stream().flatMap(p -> Rendered.runs(p).stream())
                .flatMap(r -> r.getFldCharList().stream()).map(CTFldChar::getFldCharType).toList();
    }
}
