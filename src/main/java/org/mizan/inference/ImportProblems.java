package org.mizan.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.Problem;

/**
 * An import of a class that does not exist, reported once at the line that imports it. The rule files share one
 * package, so Drools compiles the import into every rule and blames each (an import in one rule file once gave 40
 * lines, the first at rules/ach.drl:11, a file that imports nothing wrong).
 */
final class ImportProblems {

    private static final Pattern NAMED = Pattern.compile("Only a type can be imported\\. (\\S+) resolves to a package"
            + "|Error importing : '([^']+)'|The import (\\S+) cannot be resolved");

    private ImportProblems() {
    }

    /** {@code problems} with those caused by each unresolved import replaced by one at the import. */
    static List<Problem> collapse(List<Problem> problems, Map<Path, String> texts) {
        Set<String> names = new LinkedHashSet<>();
        problems.forEach(p -> importedName(p).ifPresent(names::add));
        List<Problem> result = new ArrayList<>(problems);
        for (String name : names) {
            List<Problem> imports = importsOf(name, texts);
            if (imports.isEmpty()) {
                continue; // not written in a rule file (a decision table's Import row): Drools' lines stay
            }
            List<Problem> following = result.stream().filter(p -> importedName(p).filter(name::equals).isPresent())
                    .toList();
            result.removeAll(following);
            int more = following.size() - imports.size();
            imports.forEach(at -> result.add(more <= 0 ? at : new Problem(at.where(), at.message() + " (and " + more
                    + " error" + (more == 1 ? "" : "s") + " that follow from it)")));
        }
        result.sort(java.util.Comparator.comparing((Problem p) -> p.where().file())
                .thenComparingInt(p -> p.where().line()).thenComparingInt(p -> p.where().column()));
        return result;
    }

    private static java.util.Optional<String> importedName(Problem p) {
        Matcher m = NAMED.matcher(p.message());
        if (!m.find()) {
            return java.util.Optional.empty();
        }
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) {
                return java.util.Optional.of(m.group(g));
            }
        }
        return java.util.Optional.empty();
    }

    /** A problem at each {@code import NAME;} line of the rule files. */
    private static List<Problem> importsOf(String name, Map<Path, String> texts) {
        Pattern line = Pattern.compile("(?m)^([ \\t]*import[ \\t]+)" + Pattern.quote(name) + "[ \\t]*;?[ \\t]*$");
        List<Problem> found = new ArrayList<>();
        texts.forEach((path, text) -> {
            Matcher m = line.matcher(text);
            while (m.find()) {
                found.add(Problem.atOffset(DisplayPaths.of(path), text, m.end(1), "there is no class " + name
                        + " to import: correct the name (rules/REFERENCE.md lists the classes rules use), or remove"
                        + " the import"));
            }
        });
        return found;
    }
}
