package org.mizan.render.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class ColumnWidthsTest {

    @Test
    void withRoomForEveryWordTheWeightsDecide() {
        assertArrayEquals(new float[] {100, 300}, ColumnWidths.distribute(new double[] {1, 3}, new float[] {50, 50}, 400),
                0.01f);
    }

    @Test
    void aColumnNarrowerThanItsLongestWordIsWidenedAndTheOthersGiveWayByWeight() {
        // By weight alone the first column would get 100 pt; its longest word needs 150.
        float[] widths = ColumnWidths.distribute(new double[] {1, 1, 2}, new float[] {150, 10, 10}, 400);
        assertArrayEquals(new float[] {150, 250f / 3, 500f / 3}, widths, 0.01f);
    }

    @Test
    void whenTheLongestWordsCannotAllFitTheWeightsWin() {
        assertArrayEquals(new float[] {200, 200}, ColumnWidths.distribute(new double[] {1, 1}, new float[] {300, 300}, 400),
                0.01f);
    }
}
