package org.mizan.brief;

/**
 * A table that leaves the brief for a sheet of the evidence workbook: the brief keeps a short summary and names
 * the sheet, the workbook holds every row (the dependencies and their basis, the hypotheses matrix). The table is
 * built as it would be for a page, so the brief's words and labels (D4, E12, H2) are the workbook's.
 */
public record Sheet(String name, Table table) {
}
