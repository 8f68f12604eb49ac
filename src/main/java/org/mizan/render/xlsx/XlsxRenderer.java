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
import org.mizan.brief.Inline;
import org.mizan.brief.Sheet;
import org.mizan.brief.Table;
import org.mizan.render.BriefRenderer;
import org.mizan.render.OfficeProperties;
import org.mizan.render.ZipTimes;

/**
 * Writes a brief's evidence workbook: a sheet with one row per fact, then a sheet for each table the brief
 * summarises (the dependencies' basis, the hypotheses matrix), each with its header row frozen and filtered and
 * right to left in Arabic. Column widths are fixed rather than measured (measuring uses the fonts of the machine
 * that writes, which would make the bytes depend on it); the file's properties and zip entry times come from the
 * brief, so the same brief gives the same bytes.
 */
public final class XlsxRenderer implements BriefRenderer {

    /** Column widths in characters, in the order of {@link EvidenceBook#header()}. */
    private static final List<Integer> WIDTHS = List.of(8, 40, 7, 22, 20, 28, 10, 70, 22, 36);
    private static final String FALLBACK_SHEET = "Evidence";
    /** A summarised table's width in characters, shared among its columns by their weights. */
    private static final double TABLE_WIDTH = 150;
    private static final int MIN_COLUMN = 6;

    @Override
    public void render(Brief brief, OutputStream out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            sheet(book, brief);
            for (Sheet extra : brief.sheets()) {
                table(book, extra, brief.metadata().language().rightToLeft());
            }
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

    /**
     * A table of the brief as a sheet: a cell's paragraphs become its lines, links their labels. Each column's
     * width follows the table's relative weights, as on the page.
     */
    private static void table(XSSFWorkbook book, Sheet extra, boolean rightToLeft) {
        Table table = extra.table();
        XSSFSheet sheet = book.createSheet(WorkbookUtil.createSafeSheetName(extra.name()));
        sheet.setRightToLeft(rightToLeft);
        CellStyle text = wrapped(book, false);
        CellStyle header = wrapped(book, true);
        double total = table.columnWeights().stream().mapToDouble(Double::doubleValue).sum();
        Row top = sheet.createRow(0);
        for (int c = 0; c < table.header().size(); c++) {
            top.createCell(c).setCellValue(text(table.header().get(c)));
            top.getCell(c).setCellStyle(header);
            long chars = Math.round(TABLE_WIDTH * table.columnWeights().get(c) / total);
            sheet.setColumnWidth(c, 256 * (int) Math.max(MIN_COLUMN, chars));
        }
        int r = 1;
        for (List<org.mizan.brief.Cell> cells : table.rows()) {
            Row row = sheet.createRow(r++);
            for (int c = 0; c < cells.size(); c++) {
                row.createCell(c).setCellValue(text(cells.get(c)));
                row.getCell(c).setCellStyle(text);
            }
        }
        sheet.createFreezePane(0, 1);
        if (!table.header().isEmpty()) {
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, table.header().size() - 1));
        }
    }

    private static String text(org.mizan.brief.Cell cell) {
        return String.join("\n", cell.paragraphs().stream().map(p -> p.inlines().stream().map(Inline::text)
                .collect(java.util.stream.Collectors.joining())).toList());
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
