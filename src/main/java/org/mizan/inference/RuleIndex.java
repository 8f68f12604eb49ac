package org.mizan.inference;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.mizan.problem.DisplayPaths;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Where each rule stands in the rule files, which risk types their consequences name and which rules derive
 * findings (those the brief names, and so need a name in every language). Read from the text
 * because the compiled rule base keeps neither the disk path nor the string arguments of a consequence.
 */
record RuleIndex(Map<String, SourceLocation> rules, List<RiskTypeUse> riskTypes, Set<String> deriving,
                 List<Problem> clashes) {

    /**
     * A consequence naming a judgment type, e.g. {@code Derive.risk(drools, "oil-dispute", ...)}, with the kind
     * the call makes (risk, vulnerability or contingency).
     */
    record RiskTypeUse(String type, JudgmentKind kind, String rule, SourceLocation where) {
    }

    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([\\w$]+))");
    private static final Pattern RISK = Pattern.compile(
            "Derive\\.(risk|vulnerability|contingency)\\(\\s*drools\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern DERIVE = Pattern.compile("\\bDerive\\.\\w+\\s*\\(");

    RuleIndex {
        rules = Map.copyOf(rules);
        riskTypes = List.copyOf(riskTypes);
        deriving = Set.copyOf(deriving);
        clashes = List.copyOf(clashes);
    }

    static RuleIndex scan(Map<Path, String> drlFiles) {
        Map<String, SourceLocation> rules = new LinkedHashMap<>();
        List<RiskTypeUse> uses = new ArrayList<>();
        Set<String> deriving = new TreeSet<>();
        List<Problem> clashes = new ArrayList<>();
        drlFiles.forEach((path, text) -> scanFile(DisplayPaths.of(path), text, rules, uses, deriving, clashes));
        return new RuleIndex(rules, uses, deriving, clashes);
    }

    private static void scanFile(String file, String text, Map<String, SourceLocation> rules,
                                 List<RiskTypeUse> uses, Set<String> deriving, List<Problem> clashes) {
        String[] lines = text.split("\\R", -1);
        String current = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                int group = rule.group(1) != null ? 1 : rule.group(2) != null ? 2 : 3;
                current = rule.group(group);
                int column = group == 3 ? rule.start(group) + 1 : rule.start(group);
                SourceLocation here = new SourceLocation(file, i + 1, column);
                SourceLocation first = rules.putIfAbsent(current, here);
                if (first != null && !first.file().equals(file)) {
                    clashes.add(clash(current, here, first));
                }
            }
            if (current != null && DERIVE.matcher(lines[i]).find()) {
                deriving.add(current);
            }
            Matcher risk = RISK.matcher(lines[i]);
            while (risk.find()) {
                uses.add(new RiskTypeUse(risk.group(2), JudgmentKind.valueOf(risk.group(1).toUpperCase(Locale.ROOT)),
                        current, new SourceLocation(file, i + 1, risk.start(2))));
            }
        }
    }

    /**
     * Two files, in one layer or in two, that both define a rule: the rule base holds one rule per name, so one would
     * silently replace the other. A file replaces a lower layer's file only by having its name.
     */
    private static Problem clash(String rule, SourceLocation here, SourceLocation first) {
        String firstName = java.nio.file.Path.of(first.file()).getFileName().toString();
        return new Problem(here, "rule \"" + rule + "\" is already defined at " + first + ": rename this one, or, to"
                + " replace that rule, give this file the name " + firstName + " so that it replaces that whole file");
    }

    SourceLocation locate(String rule, String fallbackFile) {
        return rules.getOrDefault(rule, SourceLocation.ofFile(fallbackFile));
    }
}
