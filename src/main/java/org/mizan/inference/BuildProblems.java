package org.mizan.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.kie.api.builder.Message;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.Problem;

/**
 * Turns Drools build messages into problems that point at the file on disk. Drools reports the KieFileSystem path,
 * a column of 0 and, for syntax errors, the real position as "Line 17:59" (0-based column) inside the text.
 */
final class BuildProblems {

    private static final Pattern POSITION = Pattern.compile("(?:\\[ERR \\d+\\] )?Line (\\d+):(\\d+)\\s*");
    private static final Comparator<Problem> BY_PLACE = Comparator.comparing((Problem p) -> p.where().file())
            .thenComparingInt(p -> p.where().line()).thenComparingInt(p -> p.where().column());
    private static final String NULL_PACKAGE = "Parser returned a null Package";

    private BuildProblems() {
    }

    static List<Problem> of(List<Message> messages, Map<String, Path> diskPaths, Map<Path, String> texts) {
        return messages.stream()
                .filter(m -> m.getLevel() == Message.Level.ERROR)
                .filter(m -> !m.getText().contains(NULL_PACKAGE))
                .map(m -> toProblem(m, diskPaths, texts))
                .distinct()
                .sorted(BY_PLACE)
                .toList();
    }

    /**
     * The same problems with those of each DRL file replaced by its cause-first diagnosis, which knows the rule and
     * the line inside an action; decision tables and anything the diagnosis cannot explain keep Drools' messages.
     */
    static List<Problem> causeFirst(List<Problem> problems, Map<Path, String> texts) {
        List<Problem> result = new ArrayList<>(problems);
        texts.forEach((disk, text) -> {
            String shown = DisplayPaths.of(disk);
            if (!disk.getFileName().toString().endsWith(".drl")
                    || problems.stream().noneMatch(p -> p.where().file().equals(shown))) {
                return;
            }
            List<Problem> diagnosed = DrlDiagnosis.of(shown, text);
            if (!diagnosed.isEmpty()) {
                result.removeIf(p -> p.where().file().equals(shown));
                result.addAll(diagnosed);
            }
        });
        return result.stream().sorted(BY_PLACE).toList();
    }

    private static Problem toProblem(Message m, Map<String, Path> diskPaths, Map<Path, String> texts) {
        Path disk = diskPathOf(m.getPath(), diskPaths);
        String file = disk == null ? Objects.requireNonNullElse(m.getPath(), "rules") : DisplayPaths.of(disk);
        String text = m.getText().strip();
        if (disk != null && disk.getFileName().toString().endsWith(".drl.csv")) {
            // Lines refer to the DRL generated from the table, which the analyst never sees: find the cell instead.
            return TableCells.locate(file, texts.getOrDefault(disk, ""), oneLine(POSITION.matcher(text).replaceFirst("")));
        }
        Matcher at = POSITION.matcher(text);
        if (at.find()) {
            int line = Integer.parseInt(at.group(1));
            int column = Integer.parseInt(at.group(2)) + 1;
            String rest = (text.substring(0, at.start()) + text.substring(at.end())).strip();
            return Problem.at(file, line, column, oneLine(rest));
        }
        return Problem.at(file, m.getLine(), 0, oneLine(text));
    }

    /** Decision tables are reported under the name of the generated DRL's folder, so match on the file name too. */
    private static Path diskPathOf(String kiePath, Map<String, Path> diskPaths) {
        if (kiePath == null) {
            return null;
        }
        Path exact = diskPaths.get(kiePath);
        if (exact != null) {
            return exact;
        }
        String name = Path.of(kiePath).getFileName().toString();
        return diskPaths.values().stream().filter(p -> p.getFileName().toString().equals(name)).findFirst()
                .orElse(null);
    }

    private static String oneLine(String text) {
        return text.replaceAll("\\s*\\R\\s*", " ");
    }
}
