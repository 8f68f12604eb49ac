package org.mizan.render.xlsx;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.WorkbookUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.mizan.brief.Brief;
import org.mizan.brief.EvidenceBook;
import org.mizan.render.BriefRenderer;
import org.mizan.render.OfficeProperties;
import org.mizan.render.ZipTimes;

/**
 * Writes a brief's evidence workbook: one sheet, one row per fact, the header row frozen and filtered, the sheet
 * right to left in Arabic. Column widths are fixed rather than measured (measuring uses the fonts of the machine
 * that writes, which would make the bytes depend on it); the file's properties and zip entry times come from the
 * brief, so the same brief gives the same bytes.
 */
public final class XlsxRenderer implements BriefRenderer {

    /** Column widths in characters, in the order of {@link EvidenceBook#header()}. */
    private static final List<Integer> WIDTHS = List.of(8, 40, 7, 22, 20, 28, 10, 70, 22, 36);
    private static final String FALLBACK_SHEET = "Evidence";

    @Override
    public void render(Brief brief, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            sheet(book, brief);
            OfficeProperties.write(book.getProperties(), brief.metadata());
            ZipTimes.fixed(() -> book.write(out));
        }
    }

    @Override
    public String extension() {
        return "xlsx";
    }

    /** The workbook is named for what it holds, not for the brief: evidence-en.xlsx beside brief-en.pdf. */
    @Override
    public String baseName() {
        return "evidence";
    }

    private static void sheet(XSSFWorkbook book, Brief brief) {
        EvidenceBook evidence = brief.evidence();
        String name = evidence.sheetName().isBlank() ? FALLBACK_SHEET : evidence.sheetName();
        XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(name));
        sheet.setRightToLeft(brief.metadata().language().rightToLeft());
        CellStyle text = wrapped(book, false);
        CellStyle header = wrapped(book, true);
        Row top = sheet.createRow(0);
        for (int c = 0; c < evidence.header().size(); c++) {
            top.createCell(c).setCellValue(evidence.header().get(c));
            top.getCell(c).setCellStyle(header);
            sheet.setColumnWidth(c, 256 * WIDTHS.get(Math.min(c, WIDTHS.size() - 1)));
        }
        int r = 1;
        for (EvidenceBook.Row fact : evidence.rows()) {
            write(sheet.createRow(r++), fact, text);
        }
        sheet.createFreezePane(0, 1);
        if (!evidence.header().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, evidence.header().size() - 1));
        }
    }

    private static void write(Row row, EvidenceBook.Row fact, CellStyle style) {
        List<Object> values = List.of(fact.label(), fact.fact(), fact.grade(), fact.credibility(),
                fact.attribution(), fact.source(), fact.paragraph(), fact.excerpt(),
                String.join(", ", fact.judgments()), fact.id());
        for (int c = 0; c < values.size(); c++) {
            var cell = row.createCell(c);
            // The paragraph is a number, so that the column sorts and filters as one.
            if (values.get(c) instanceof Integer n) {
                cell.setCellValue(n);
            } else {
                cell.setCellValue((String) values.get(c));
            }
            cell.setCellStyle(style);
        }
    }

    private static CellStyle wrapped(XSSFWorkbook book, boolean bold) {
        CellStyle style = book.createCellStyle();
        style.setWrapText(true);
        style.setVerticalAlignment(VerticalAlignment.TOP);
        if (bold) {
            Font font = book.createFont();
            font.setBold(true);
            style.setFont(font);
        }
        return style;
    }
}
