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
        if (message.contains("Rule Compilation error")) {
            // Java that does not compile comes from a code cell of an ACTION column (the values are checked
            // before the build, RatingTableCells): point at that cell, in the words of the rest of Mizan.
            java.util.Optional<RatingTableCells.Cell> action = RatingTableCells.actionCode(table);
            if (action.isPresent()) {
                return Problem.at(file, action.get().line(), action.get().column(), "the action in this cell does not"
                        + " compile: " + message.replaceFirst(".*Rule Compilation error\\s*", "").strip()
                        + " (each row's value replaces $param)");
            }
        }
        return Problem.at(file, 0, 0, message);
    }

    /**
     * A decision table Drools cannot read at all, which it reports by throwing instead of by a message. Its
     * message names the KieFileSystem path; the table on disk is found by file name.
     */
    static Problem unreadable(java.util.Map<String, java.nio.file.Path> kiePaths, RuntimeException e) {
        String message = java.util.Objects.requireNonNullElse(e.getMessage(), "");
        java.nio.file.Path table = kiePaths.values().stream()
                .filter(p -> message.contains(p.getFileName().toString())).findFirst()
                .orElse(kiePaths.values().stream().filter(p -> p.toString().endsWith(".drl.csv")).findFirst()
                        .orElse(java.nio.file.Path.of("rules", RatingTableCheck.FILE_NAME)));
        String what = message.replaceFirst("^\\[[^]]*\\]\\s*", "").strip();
        if (what.contains("No RuleTable")) {
            what = "no \"RuleTable\" row: a decision table needs its header rows (RuleSet, Import, RuleTable, the"
                    + " NAME/CONDITION/ACTION row and the code rows) above the rows it rates; restore them"
                    + " (rules/README.md)";
        } else {
            what = "the decision table cannot be read: " + what;
        }
        return Problem.at(org.mizan.problem.DisplayPaths.of(table), 1, 1, what);
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
