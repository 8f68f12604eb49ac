package org.mizan.inference;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.problem.Problem;

/**
 * Points a decision-table error at the cell that caused it. Drools reports tables by the DRL it generates from
 * them, so the only link back is the value the message quotes ("DIRE cannot be resolved").
 */
final class TableCells {

    private static final Pattern QUOTED = Pattern.compile("(\\w+) cannot be resolved");

    private TableCells() {
    }

    static Problem locate(String file, String table, String message) {
        Matcher quoted = QUOTED.matcher(message);
        if (quoted.find()) {
            String value = quoted.group(1);
            String[] lines = table.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                int column = cellColumn(lines[i], value);
                if (column > 0) {
                    return Problem.at(file, i + 1, column, "\"" + value + "\" is not a known value"
                            + " (row \"" + lines[i].split(",", 2)[0] + "\"): " + message);
                }
            }
        }
        return Problem.at(file, 0, 0, message);
    }

    /** The 1-based column where a cell holding exactly {@code value} starts, or 0. */
    private static int cellColumn(String line, String value) {
        int start = 0;
        for (String cell : line.split(",", -1)) {
            if (cell.strip().equals(value)) {
                return start + 1;
            }
            start += cell.length() + 1;
        }
        return 0;
    }
}
