package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.mizan.brief.Block;
import org.mizan.brief.Brief;
import org.mizan.brief.BulletList;
import org.mizan.brief.Cell;
import org.mizan.brief.Metadata;
import org.mizan.brief.Paragraph;
import org.mizan.brief.ParagraphRole;
import org.mizan.brief.Section;
import org.mizan.brief.Span;
import org.mizan.brief.Table;
import org.mizan.dossier.Language;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Lists, paragraph roles, nested sections and a bare table, on a brief built for the purpose. */
class DocxBlocksTest {

    private final XWPFDocument doc = Rendered.reopen(brief());

    @Test
    void noTableRowSplitsAcrossPages() {
        var rows = doc.getTables().stream().flatMap(t -> t.getRows().stream()).toList();
        org.junit.jupiter.api.Assertions.assertFalse(rows.isEmpty());
        rows.forEach(r -> assertTrue(r.isCantSplitRow(), "row without cantSplit"));
    }

    @Test
    void eachNumberedListRestartsAtOneAndBulletsAreBullets() {
        List<XWPFParagraph> items = doc.getParagraphs().stream().filter(p -> p.getNumID() != null).toList();
        assertEquals(List.of("first", "second", "again first", "a bullet"),
                items.stream().map(XWPFParagraph::getText).toList());
        BigInteger firstList = items.get(0).getNumID();
        BigInteger secondList = items.get(2).getNumID();
        assertEquals(firstList, items.get(1).getNumID());
        assertNotEquals(firstList, secondList);
        XWPFNumbering numbering = doc.getNumbering();
        for (BigInteger num : List.of(firstList, secondList)) {
            assertEquals(STNumberFormat.DECIMAL, format(numbering, num));
            assertEquals(BigInteger.ONE,
                    numbering.getNum(num).getCTNum().getLvlOverrideArray(0).getStartOverride().getVal());
        }
        assertEquals(STNumberFormat.BULLET, format(numbering, items.get(3).getNumID()));
    }

    @Test
    void eachParagraphRoleHasItsOwnDefinedStyle() {
        for (ParagraphRole role : ParagraphRole.values()) {
            String style = paragraph(role.name()).getStyle();
            assertEquals(StyleSheet.forRole(role, false), style);
            assertTrue(doc.getStyles().styleExist(style), style);
        }
        assertEquals("Normal", paragraph("BODY").getStyle());
        assertEquals("Lead", paragraph("LEAD").getStyle());
    }

    @Test
    void subsectionsAreLowerHeadings() {
        List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null
                && p.getStyle().startsWith("Heading")).map(p -> p.getStyle() + ":" + p.getText()).toList();
        assertEquals(List.of("Heading1:Main", "Heading2:Sub", "Heading3:Subsub"), headings);
    }

    @Test
    void aTableWithoutHeaderRepeatsNoRowAndShortRowsAreCompleted() {
        XWPFTable table = doc.getTables().get(0);
        assertEquals(2, table.getNumberOfRows());
        assertFalse(table.getRow(0).isRepeatHeader());
        assertEquals(List.of("a", "b", "c"), table.getRow(0).getTableCells().stream().map(c -> c.getText()).toList());
        assertEquals(List.of("d", "", ""), table.getRow(1).getTableCells().stream().map(c -> c.getText()).toList());
        assertEquals("bare_table", table.getRow(0).getCell(0).getParagraphs().get(0).getCTP()
                .getBookmarkStartArray(0).getName(), "without a caption the anchor goes to the first cell");
    }

    @Test
    void anAnchoredParagraphIsBookmarked() {
        assertEquals("para_x", paragraph("KEY_JUDGMENT").getCTP().getBookmarkStartArray(0).getName());
    }

    private XWPFParagraph paragraph(String text) {
        return doc.getParagraphs().stream().filter(p -> p.getText().equals(text)).findFirst().orElseThrow();
    }

    private static STNumberFormat.Enum format(XWPFNumbering numbering, BigInteger num) {
        return numbering.getAbstractNum(numbering.getAbstractNumID(num)).getCTAbstractNum().getLvlArray(0)
                .getNumFmt().getVal();
    }

    private static Brief brief() {
        List<Block> blocks = new java.util.ArrayList<>(Arrays.stream(ParagraphRole.values())
                .map(r -> (Block) new Paragraph(r == ParagraphRole.KEY_JUDGMENT ? "para-x" : null, r,
                        List.of(Span.plain(r.name())))).toList());
        blocks.add(new BulletList(true, List.of(Paragraph.body("first"), Paragraph.body("second"))));
        blocks.add(new BulletList(true, List.of(Paragraph.body("again first"))));
        blocks.add(new BulletList(false, List.of(Paragraph.body("a bullet"))));
        blocks.add(new Table("bare-table", null, List.of(), List.of(),
                List.of(List.of(Cell.text("a"), Cell.text("b"), Cell.text("c")), List.of(Cell.text("d")))));
        Section subsub = new Section("subsub", "Subsub", 3, List.of(Paragraph.body("deep")), List.of());
        Section sub = new Section("sub", "Sub", 2, List.of(Paragraph.body("inner")), List.of(subsub));
        Metadata meta = new Metadata(Language.EN, "T", null, "M", "A", "S", List.of(), Instant.EPOCH, "id");
        return new Brief(meta, List.of(new Section("main", "Main", 1, blocks, List.of(sub))));
    }
}
