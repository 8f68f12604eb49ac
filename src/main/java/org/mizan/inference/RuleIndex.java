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
                 List<ConditionId> conditionIds, List<Problem> clashes) {

    /**
     * A consequence naming a judgment type, e.g. {@code Derive.risk(drools, "oil-dispute", ...)}, with the kind
     * the call makes (risk, vulnerability or contingency).
     */
    record RiskTypeUse(String type, JudgmentKind kind, String rule, SourceLocation where) {
    }

    /**
     * A literal a rule's condition compares with a field holding a fact's id, e.g. {@code Actor(id == "sdf")}: it
     * must name a fact, or the condition silently never matches.
     */
    record ConditionId(String id, String rule, SourceLocation where) {
    }

    /** The fields whose values are ids of facts: each fact's own, and its references to others (and findings'). */
    private static final String ID_FIELDS = "(?<![\\w$])(?:id|partOf|provider|recipient|controller|protector|operator"
            + "|actor|actors|target|subject|object|by|dependent|parties|sponsors|conditionalOn|after|supersedes)";
    private static final String LITERAL = "\"([^\"\\\\]*)\"";
    private static final Pattern ID_LITERAL = Pattern.compile(ID_FIELDS
            + "\\s*(?:==|!=|\\bcontains\\b|\\bnot\\s+contains\\b)\\s*" + LITERAL
            + "|" + LITERAL + "\\s*(?:==|!=)\\s*" + ID_FIELDS + "(?![\\w$])");
    private static final Pattern ID_LIST = Pattern.compile(ID_FIELDS + "\\s+(?:not\\s+)?in\\s*\\(([^)]*)\\)");
    private static final Pattern QUOTED = Pattern.compile(LITERAL);
    private static final Pattern THEN = Pattern.compile("^\\s*then\\b");
    private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|([\\w$]+))");
    private static final Pattern RISK = Pattern.compile(
            "Derive\\.(risk|vulnerability|contingency)\\(\\s*drools\\s*,\\s*\"([^\"]*)\"");
    private static final Pattern DERIVE = Pattern.compile("\\bDerive\\.\\w+\\s*\\(");

    RuleIndex {
        rules = Map.copyOf(rules);
        riskTypes = List.copyOf(riskTypes);
        deriving = Set.copyOf(deriving);
        conditionIds = List.copyOf(conditionIds);
        clashes = List.copyOf(clashes);
    }

    static RuleIndex scan(Map<Path, String> drlFiles) {
        Map<String, SourceLocation> rules = new LinkedHashMap<>();
        List<RiskTypeUse> uses = new ArrayList<>();
        Set<String> deriving = new TreeSet<>();
        List<ConditionId> conditionIds = new ArrayList<>();
        List<Problem> clashes = new ArrayList<>();
        drlFiles.forEach((path, text) -> scanFile(DisplayPaths.of(path), text, rules, uses, deriving, conditionIds,
                clashes));
        return new RuleIndex(rules, uses, deriving, conditionIds, clashes);
    }

    private static void scanFile(String file, String text, Map<String, SourceLocation> rules,
                                 List<RiskTypeUse> uses, Set<String> deriving, List<ConditionId> conditionIds,
                                 List<Problem> clashes) {
        String[] lines = text.split("\\R", -1);
        String current = null;
        boolean inCondition = false;
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
                inCondition = true;
            } else if (THEN.matcher(lines[i]).find()) {
                inCondition = false;
            } else if (inCondition) {
                conditionIds(file, i + 1, lines[i], current, conditionIds);
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

    /** The literal ids of one condition line (its comment left out), each at the column of its opening quote. */
    private static void conditionIds(String file, int line, String text, String rule, List<ConditionId> found) {
        int comment = text.indexOf("//");
        String code = comment >= 0 && text.lastIndexOf('"', comment) < 0 ? text.substring(0, comment) : text;
        Matcher m = ID_LITERAL.matcher(code);
        while (m.find()) {
            int group = m.group(1) != null ? 1 : 2;
            found.add(new ConditionId(m.group(group), rule, new SourceLocation(file, line, m.start(group))));
        }
        Matcher list = ID_LIST.matcher(code);
        while (list.find()) {
            Matcher quoted = QUOTED.matcher(list.group(1));
            while (quoted.find()) {
                found.add(new ConditionId(quoted.group(1), rule,
                        new SourceLocation(file, line, list.start(1) + quoted.start(1))));
            }
        }
    }

    SourceLocation locate(String rule, String fallbackFile) {
        return rules.getOrDefault(rule, SourceLocation.ofFile(fallbackFile));
    }
}
