package org.mizan.brief;

import java.util.List;

/**
 * A table whose header row repeats on every page. {@code columnWeights} are relative widths, one per column,
 * listed in reading order (a right-to-left renderer puts the first column on the right).
 */
public record Table(String anchor, String caption, List<Double> columnWeights, List<Cell> header,
                    List<List<Cell>> rows) implements Block {

    public Table {
        columnWeights = List.copyOf(columnWeights);
        header = List.copyOf(header);
        rows = rows.stream().map(List::copyOf).toList();
    }
}
