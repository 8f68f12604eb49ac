package org.mizan.render.docx;

import java.math.BigInteger;
import java.util.List;
import java.util.function.Supplier;

import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.mizan.render.Palette;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STShd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * How every table looks: thin rules in the palette's rule colour, roomy cell margins, fixed column widths across
 * the text width. Given directly on each table, the same for all, because POI's slim schema jar cannot write a
 * table style. Right to left, a table is bidiVisual: the first column sits on the right while the grid and the
 * cells stay in reading order.
 */
final class TableFormat {

    /** Space between a cell's rules and its text, left and right, in points. */
    static final double CELL_MARGIN_SIDE = 5;

    private TableFormat() {
    }

    /** Direction, width, rules, fixed layout, cell margins and the column grid of a freshly created table. */
    static void apply(XWPFTable table, List<Integer> widths, boolean rightToLeft) {
        CTTblPr pr = table.getCTTbl().getTblPr();
        if (rightToLeft) {
            pr.addNewBidiVisual();
        }
        var width = pr.isSetTblW() ? pr.getTblW() : pr.addNewTblW();
        width.setType(STTblWidth.DXA);
        width.setW(BigInteger.valueOf(widths.stream().mapToInt(Integer::intValue).sum()));
        borders(pr.isSetTblBorders() ? pr.getTblBorders() : pr.addNewTblBorders());
        pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
        margins(pr.addNewTblCellMar());
        var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
                : table.getCTTbl().addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) {
            grid.removeGridCol(0);
        }
        widths.forEach(w -> grid.addNewGridCol().setW(BigInteger.valueOf(w)));
    }

    private static void borders(CTTblBorders borders) {
        for (CTBorder b : List.of(border(borders.getTop(), borders::addNewTop),
                border(borders.getLeft(), borders::addNewLeft), border(borders.getBottom(), borders::addNewBottom),
                border(borders.getRight(), borders::addNewRight), border(borders.getInsideH(), borders::addNewInsideH),
                border(borders.getInsideV(), borders::addNewInsideV))) {
            b.setVal(STBorder.SINGLE);
            b.setSz(BigInteger.valueOf(4));
            b.setSpace(BigInteger.ZERO);
            b.setColor(Colors.hex(Palette.RULE));
        }
    }

    private static CTBorder border(CTBorder existing, Supplier<CTBorder> create) {
        return existing != null ? existing : create.get();
    }

    private static void margins(CTTblCellMar margins) {
        margin(margins.addNewTop(), 2);
        margin(margins.addNewLeft(), CELL_MARGIN_SIDE);
        margin(margins.addNewBottom(), 2);
        margin(margins.addNewRight(), CELL_MARGIN_SIDE);
    }

    private static void margin(CTTblWidth width, double points) {
        width.setType(STTblWidth.DXA);
        width.setW(StyleWriter.twips(points));
    }

    /** A cell's width and, if {@code fill} is not null, its background (an RGB int). */
    static void cell(XWPFTableCell cell, int width, Integer fill) {
        CTTcPr pr = cell.getCTTc().isSetTcPr() ? cell.getCTTc().getTcPr() : cell.getCTTc().addNewTcPr();
        var tcW = pr.addNewTcW();
        tcW.setType(STTblWidth.DXA);
        tcW.setW(BigInteger.valueOf(width));
        if (fill != null) {
            var shd = pr.addNewShd();
            shd.setVal(STShd.CLEAR);
            shd.setColor("auto");
            shd.setFill(Colors.hex(fill));
        }
    }
}
