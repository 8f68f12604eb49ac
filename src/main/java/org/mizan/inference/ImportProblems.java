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

    /** The package every rule file declares: what Drools' own function imports live in. */
    private static final String RULES_PACKAGE = "org.mizan.rules.";

    private ImportProblems() {
    }

    /** {@code problems} with those caused by each unresolved import replaced by one at the import. */
    static List<Problem> collapse(List<Problem> problems, Map<Path, String> texts) {
        Set<String> names = new LinkedHashSet<>();
        problems.forEach(p -> importedName(p).ifPresent(names::add));
        List<Problem> result = new ArrayList<>(problems);
        // A DRL function is imported into the rules' package by Drools itself ("Error importing :
        // 'org.mizan.rules.Fn.fn'"); when a bad import stops the package, each such function fails to import too.
        // Those lines follow from the bad import: they go, counted with it.
        boolean realCause = names.stream().anyMatch(n -> !importsOf(n, texts).isEmpty());
        List<Problem> functions = realCause ? result.stream().filter(p -> importedName(p)
                .filter(n -> n.startsWith(RULES_PACKAGE) && importsOf(n, texts).isEmpty()).isPresent()).toList()
                : List.of();
        result.removeAll(functions);
        // And each use of such a function then fails to analyse: those lines follow from the bad import too.
        List<Problem> uses = realCause ? result.stream().filter(p -> usesAFunction(p, texts)).toList() : List.of();
        result.removeAll(uses);
        names.removeIf(n -> n.startsWith(RULES_PACKAGE) && importsOf(n, texts).isEmpty() && realCause);
        int extra = functions.size() + uses.size();
        for (String name : names) {
            List<Problem> imports = importsOf(name, texts);
            if (imports.isEmpty()) {
                continue; // not written in a rule file (a decision table's Import row): Drools' lines stay
            }
            List<Problem> following = result.stream().filter(p -> importedName(p).filter(name::equals).isPresent())
                    .toList();
            result.removeAll(following);
            int more = following.size() - imports.size() + extra;
            extra = 0;
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

    private static final Pattern FUNCTION = Pattern.compile("(?m)^[ \\t]*function[ \\t]+[\\w.<>\\[\\], ]+?[ \\t]+(\\w+)[ \\t]*\\(");

    /** A failure to analyse an expression that calls a function declared in a rule file. */
    private static boolean usesAFunction(Problem p, Map<Path, String> texts) {
        if (!p.message().contains("Unable to Analyse Expression")) {
            return false;
        }
        for (String text : texts.values()) {
            Matcher m = FUNCTION.matcher(text);
            while (m.find()) {
                if (p.message().contains(m.group(1) + "(")) {
                    return true;
                }
            }
        }
        return false;
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
