package org.mizan.render.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.mizan.brief.Cell;
import org.mizan.brief.Table;

/** Columns follow the model's weights unless a word would not fit whole. */
class ColumnWidthsTest {

    @Test
    void weightsShareOutTheWidthWhenEveryWordFits() {
        double[] wanted = ColumnWidths.proportional(List.of(3.0, 1.0), 2, 400);
        assertArrayEquals(new double[] {300, 100}, wanted, 1e-9);
        assertArrayEquals(wanted, ColumnWidths.fit(wanted, new double[] {50, 100}, 400), 1e-9);
    }

    @Test
    void aTooNarrowColumnTakesWhatItNeedsFromTheOthersByTheirSpareRoom() {
        double[] fitted = ColumnWidths.fit(new double[] {100, 200, 100}, new double[] {150, 100, 50}, 400);
        assertEquals(150, fitted[0], 1e-9);
        assertEquals(400, Arrays.stream(fitted).sum(), 1e-9);
        assertEquals(2.0, (fitted[1] - 100) / (fitted[2] - 50), 1e-9, "spare room 100 and 50 give in that ratio");
    }

    @Test
    void whenTheWordsCannotAllFitTheWeightsStand() {
        double[] wanted = {100, 100};
        assertArrayEquals(wanted, ColumnWidths.fit(wanted, new double[] {150, 120}, 200), 1e-9);
    }

    @Test
    void wordsAreMeasuredInTheBriefsFontBoldWider() {
        double plain = ColumnWidths.longestWord("of Attribution", false);
        assertTrue(plain > ColumnWidths.longestWord("of", false));
        assertTrue(ColumnWidths.longestWord("Attribution", true) > plain);
        assertTrue(ColumnWidths.longestWord("الاستدلال", false) > 0);
        assertEquals(ColumnWidths.longestWord("partner-", false),
                ColumnWidths.longestWord("sdf-partner-of", false), 1e-9, "a line may break after a hyphen");
    }

    @Test
    void aNarrowColumnWithALongWordIsWidenedInTheTable() {
        String word = "Internationalisation";
        Table table = new Table(null, null, List.of(10.0, 0.5), List.of(Cell.text("A"), Cell.text(word)),
                List.of());
        List<Integer> widths = ColumnWidths.of(table, 2, PageLayout.TEXT_WIDTH);
        double needed = (ColumnWidths.longestWord(word, true) + 2 * TableFormat.CELL_MARGIN_SIDE) * 20;
        assertTrue(widths.get(1) >= needed, widths + " vs " + needed);
        assertTrue(widths.get(0) + widths.get(1) <= PageLayout.TEXT_WIDTH);
    }
}
