package org.mizan.render.xlsx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;

import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Brief;
import org.mizan.brief.EvidenceBook;
import org.mizan.render.SampleBriefs;

/**
 * The evidence workbook: a header row that stays in view and filters, one row per fact in the order given, the
 * paragraph as a number, a right-to-left sheet for the Arabic brief only, and the same bytes from the same brief.
 */
class XlsxRendererTest {

    private static final List<String> HEADER = List.of("Label", "Fact", "Grade", "Credibility", "Attribution",
            "Source", "Paragraph", "Excerpt", "Judgments resting on it", "Id");

    private static Brief withFacts(Brief brief, String sheet) {
        EvidenceBook book = new EvidenceBook(sheet, HEADER, List.of(
                new EvidenceBook.Row("E1", "The coalition funds the SDF", "B2", "probably true", "press report",
                        "Desk note", 7, "تمويل سنوي", List.of("R1", "D2"), "support-funding"),
                new EvidenceBook.Row("E2", "A base at Kobani", "C3", "possibly true", "press report",
                        "North Press", 12, "قاعدة في كوباني", List.of(), "base-kobani")));
        return new Brief(brief.metadata(), brief.sections(), book);
    }

    private static byte[] render(Brief brief) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new XlsxRenderer().render(brief, out);
        return out.toByteArray();
    }

    private static XSSFWorkbook read(byte[] bytes) throws IOException {
        return new XSSFWorkbook(new ByteArrayInputStream(bytes));
    }

    @Test
    void oneRowPerFactUnderAFrozenFilteredHeader() throws IOException {
        try (XSSFWorkbook book = read(render(withFacts(SampleBriefs.english(), "Evidence")))) {
            XSSFSheet sheet = book.getSheet("Evidence");
            assertNotNull(sheet);
            assertEquals(2, sheet.getLastRowNum(), "header and two facts");
            assertEquals("Label", sheet.getRow(0).getCell(0).getStringCellValue());
            assertEquals("E2", sheet.getRow(2).getCell(0).getStringCellValue());
            assertEquals("R1, D2", sheet.getRow(1).getCell(8).getStringCellValue());
            assertEquals(12.0, sheet.getRow(2).getCell(6).getNumericCellValue(), "the paragraph is a number");
            assertEquals(1, sheet.getPaneInformation().getHorizontalSplitPosition(), "header row frozen");
            assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
            assertEquals(new CellRangeAddress(0, 2, 0, HEADER.size() - 1).formatAsString(),
                    sheet.getCTWorksheet().getAutoFilter().getRef());
            assertFalse(sheet.isRightToLeft());
        }
    }

    @Test
    void theArabicSheetRunsRightToLeft() throws IOException {
        try (XSSFWorkbook book = read(render(withFacts(SampleBriefs.arabic(), "الأدلة")))) {
            assertTrue(book.getSheet("الأدلة").isRightToLeft());
        }
    }

    @Test
    void theSameBriefGivesTheSameBytesWithItsOwnDatesAndTitle() throws IOException {
        Brief brief = withFacts(SampleBriefs.arabic(), "الأدلة");
        byte[] first = render(brief);
        assertArrayEquals(first, render(brief));
        try (XSSFWorkbook book = read(first)) {
            var core = book.getProperties().getCoreProperties();
            assertEquals(brief.metadata().title(), core.getTitle());
            assertEquals(java.util.Date.from(brief.metadata().timestamp()), core.getCreated());
        }
    }

    @Test
    void aBriefWithoutFactsStillGivesAWorkbookWithItsSheet() throws IOException {
        try (XSSFWorkbook book = read(render(SampleBriefs.english()))) {
            assertEquals(1, book.getNumberOfSheets());
            assertTrue(book.getSheetAt(0).getLastRowNum() <= 0, "no row beyond the header");
        }
    }
}
