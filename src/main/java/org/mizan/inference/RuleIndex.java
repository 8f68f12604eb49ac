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
import org.mizan.problem.SourceLocation;

/**
 * Where each rule stands in the rule files, which risk types their consequences name and which rules derive
 * findings (those the brief names, and so need a name in every language). Read from the text
 * because the compiled rule base keeps neither the disk path nor the string arguments of a consequence.
 */
record RuleIndex(Map<String, SourceLocation> rules, List<RiskTypeUse> riskTypes, Set<String> deriving) {

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
    }

    static RuleIndex scan(Map<Path, String> drlFiles) {
        Map<String, SourceLocation> rules = new LinkedHashMap<>();
        List<RiskTypeUse> uses = new ArrayList<>();
        Set<String> deriving = new TreeSet<>();
        drlFiles.forEach((path, text) -> scanFile(DisplayPaths.of(path), text, rules, uses, deriving));
        return new RuleIndex(rules, uses, deriving);
    }

    private static void scanFile(String file, String text, Map<String, SourceLocation> rules,
                                 List<RiskTypeUse> uses, Set<String> deriving) {
        String[] lines = text.split("\\R", -1);
        String current = null;
        for (int i = 0; i < lines.length; i++) {
            Matcher rule = RULE.matcher(lines[i]);
            if (rule.find()) {
                int group = rule.group(1) != null ? 1 : rule.group(2) != null ? 2 : 3;
                current = rule.group(group);
                int column = group == 3 ? rule.start(group) + 1 : rule.start(group);
                rules.putIfAbsent(current, new SourceLocation(file, i + 1, column));
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

    SourceLocation locate(String rule, String fallbackFile) {
        return rules.getOrDefault(rule, SourceLocation.ofFile(fallbackFile));
    }
}
