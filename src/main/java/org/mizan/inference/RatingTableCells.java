package org.mizan.inference;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.problem.NearNames;
import org.mizan.problem.Problem;

/**
 * Reads a decision table ({@code *.drl.csv}) the way a spreadsheet shows it and checks its cells before Drools
 * compiles it, so that each mistake is reported at its row and column: Drools reports a table by the DRL it
 * generates from it ("Unable to Analyse Expression …", "Syntax error, insert ")""), or not at all (a misspelt
 * {@code CONDITON} column is silently dropped, a pair rated twice or an empty cell shows up later as "rows
 * disagree"). A cell whose column's code names an enum ({@code Likelihood.$param}) must hold one of its constants.
 */
final class RatingTableCells {

    /** The column kinds Drools reads in a decision table's header row (drools-decisiontables ActionType). */
    private static final List<String> KEYWORDS = List.of("NAME", "DESCRIPTION", "CONDITION", "ACTION", "METADATA",
            "PRIORITY", "SALIENCE", "DURATION", "TIMER", "ENABLED", "CALENDARS", "NO-LOOP", "LOCK-ON-ACTIVE",
            "AUTO-FOCUS", "ACTIVATION-GROUP", "AGENDA-GROUP", "RULEFLOW-GROUP", "DATE-EFFECTIVE", "DATE-EXPIRES");
    private static final Pattern ENUM_PARAM = Pattern.compile("\\b([A-Z]\\w*)\\.\\$param\\b");

    private RatingTableCells() {
    }

    /** One cell: its text, and where it starts (1-based line and column). */
    record Cell(String text, int line, int column) {
    }

    /** Every problem of the table's cells, in reading order. */
    static List<Problem> check(String file, String table) {
        List<Problem> problems = new ArrayList<>();
        List<List<Cell>> rows = rows(file, table, problems);
        if (!problems.isEmpty()) {
            return problems;
        }
        int header = headerRow(rows);
        if (header < 0 || header + 3 >= rows.size()) {
            return problems; // no RuleTable: Drools' own refusal names it (TableCells.unreadable)
        }
        List<Cell> kinds = rows.get(header);
        // One letter is a keyword's short form (C for CONDITION), which Drools reads too.
        kinds.stream().filter(c -> c.text().strip().length() > 1 && !KEYWORDS.contains(c.text().strip()
                .toUpperCase(Locale.ROOT))).forEach(c -> problems.add(Problem.at(file, c.line(), c.column(),
                "\"" + c.text().strip() + "\" is not a column kind of a decision table, so Drools would ignore the"
                + " column: write CONDITION, ACTION or another kind (rules/README.md)" + NearNames.hint(
                c.text().strip(), KEYWORDS))));
        if (!problems.isEmpty()) {
            return problems;
        }
        checkValues(file, kinds, rows.get(header + 2), rows.subList(header + 4, rows.size()), problems);
        return problems;
    }

    /** The values of the rows rated: each cell a constant of its column's enum, and no pair rated twice. */
    private static void checkValues(String file, List<Cell> kinds, List<Cell> code, List<List<Cell>> data,
                                    List<Problem> problems) {
        Map<String, Cell> firstRowOf = new HashMap<>();
        for (List<Cell> row : data) {
            if (row.stream().allMatch(c -> c.text().isBlank())) {
                continue;
            }
            List<String> conditions = new ArrayList<>();
            for (int col = 1; col < kinds.size(); col++) {
                Cell cell = col < row.size() ? row.get(col) : new Cell("", row.get(0).line(), lineEnd(row));
                Optional<Class<? extends Enum<?>>> type = enumOf(col < code.size() ? code.get(col).text() : "");
                String kind = kinds.get(col).text().strip().toUpperCase(Locale.ROOT);
                type.flatMap(t -> badValue(file, cell, t, row.get(0).text())).ifPresent(problems::add);
                if (kind.equals("CONDITION")) {
                    conditions.add(cell.text().strip());
                }
            }
            String key = String.join(",", conditions);
            Cell first = firstRowOf.putIfAbsent(key, row.get(0));
            if (first != null && conditions.stream().noneMatch(String::isEmpty)) {
                problems.add(Problem.at(file, row.get(0).line(), 1, "row \"" + row.get(0).text().strip()
                        + "\" rates " + String.join(" with ", conditions) + " again; line " + first.line()
                        + " (row \"" + first.text().strip() + "\") rates it already: each pair is rated once, so"
                        + " delete one of the rows or correct its values"));
            }
        }
    }

    private static int lineEnd(List<Cell> row) {
        Cell last = row.get(row.size() - 1);
        return last.column() + last.text().length();
    }

    private static Optional<Problem> badValue(String file, Cell cell, Class<? extends Enum<?>> type, String rowName) {
        String value = cell.text().strip();
        List<String> constants = Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
        if (constants.contains(value)) {
            return Optional.empty();
        }
        String what = value.isEmpty() ? "an empty cell" : "\"" + value + "\"";
        return Optional.of(Problem.at(file, cell.line(), cell.column(), what + " in row \"" + rowName.strip()
                + "\" is no " + type.getSimpleName() + ": write one of " + String.join(", ", constants)
                + (value.isEmpty() ? "" : NearNames.hint(value, constants))));
    }

    /** The enum a column's code names as {@code Likelihood.$param}, among the classes rules see. */
    @SuppressWarnings("unchecked")
    private static Optional<Class<? extends Enum<?>>> enumOf(String code) {
        Matcher m = ENUM_PARAM.matcher(code);
        if (!m.find()) {
            return Optional.empty();
        }
        try {
            Class<?> type = Class.forName(RatingTableCells.class.getPackageName() + "." + m.group(1));
            return type.isEnum() ? Optional.of((Class<? extends Enum<?>>) type) : Optional.empty();
        } catch (ClassNotFoundException e) {
            return Optional.empty();
        }
    }

    /** The row of column kinds: the one after "RuleTable …". */
    private static int headerRow(List<List<Cell>> rows) {
        for (int i = 0; i < rows.size(); i++) {
            if (!rows.get(i).isEmpty() && rows.get(i).get(0).text().strip().startsWith("RuleTable")) {
                return i + 1;
            }
        }
        return -1;
    }

    /**
     * The table's rows of cells, as a spreadsheet writes CSV: commas between cells, a cell in double quotes may hold
     * commas and doubled quotes. A quote left open is reported where it opens (a spreadsheet would swallow every
     * row below it into that one cell).
     */
    static List<List<Cell>> rows(String file, String table, List<Problem> problems) {
        List<List<Cell>> rows = new ArrayList<>();
        String[] lines = table.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            row(file, lines[i], i + 1, problems).ifPresent(rows::add);
        }
        return rows;
    }

    private static Optional<List<Cell>> row(String file, String line, int number, List<Problem> problems) {
        List<Cell> cells = new ArrayList<>();
        int i = 0;
        while (i <= line.length()) {
            int start = i;
            StringBuilder text = new StringBuilder();
            if (i < line.length() && line.charAt(i) == '"') {
                int close = closingQuote(line, i + 1, text);
                if (close < 0) {
                    problems.add(Problem.at(file, number, start + 1, "a quote opens this cell but does not close it"
                            + " on its line: close it with \" before the next comma, or remove it"));
                    return Optional.empty();
                }
                i = close + 1;
            }
            int comma = line.indexOf(',', i);
            int end = comma < 0 ? line.length() : comma;
            text.append(line, i, end);
            cells.add(new Cell(text.toString(), number, start + 1));
            i = end + 1;
        }
        return Optional.of(cells);
    }

    /** The index of the quote closing a quoted cell whose text starts at {@code from}, or -1; fills {@code text}. */
    private static int closingQuote(String line, int from, StringBuilder text) {
        for (int j = from; j < line.length(); j++) {
            if (line.charAt(j) != '"') {
                text.append(line.charAt(j));
            } else if (j + 1 < line.length() && line.charAt(j + 1) == '"') {
                text.append('"');
                j++;
            } else {
                return j;
            }
        }
        return -1;
    }

    /** The code cell of the table's first ACTION column, if the table's header rows can be read. */
    static Optional<Cell> actionCode(String table) {
        List<List<Cell>> rows = rows("", table, new ArrayList<>());
        int header = headerRow(rows);
        if (header < 0 || header + 2 >= rows.size()) {
            return Optional.empty();
        }
        List<Cell> kinds = rows.get(header);
        List<Cell> code = rows.get(header + 2);
        for (int col = 0; col < Math.min(kinds.size(), code.size()); col++) {
            if (kinds.get(col).text().strip().equalsIgnoreCase("ACTION")) {
                return Optional.of(code.get(col));
            }
        }
        return Optional.empty();
    }
}
