package org.mizan.brief;

import java.util.List;

/**
 * A likelihood x impact matrix. Rows are likelihood levels listed from highest to lowest, columns impact levels
 * from lowest to highest; each entry puts a risk's short label (e.g. "R1") in a cell.
 * {@code cellTones} gives the background tone per [row][column].
 */
public record RiskMatrix(String rowAxis, String columnAxis, List<String> rowLabels, List<String> columnLabels,
                         List<List<Tone>> cellTones, List<Entry> entries) implements Diagram {

    public RiskMatrix {
        rowLabels = List.copyOf(rowLabels);
        columnLabels = List.copyOf(columnLabels);
        cellTones = cellTones.stream().map(List::copyOf).toList();
        entries = List.copyOf(entries);
    }

    /** {@code target} is the anchor of the risk's row in the risks table. */
    public record Entry(String label, int row, int column, String target) {
    }
}
