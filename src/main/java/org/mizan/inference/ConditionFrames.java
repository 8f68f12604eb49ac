package org.mizan.inference;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Which rule's condition a runaway run was evaluating, read from the stack of the thread that ran it. Drools
 * evaluates an {@code eval(...)} in a class it generates and names after the rule ("Rule_Spins0Eval0Invoker"), and
 * a function in a class named after the function; without this, a condition that never ends (or recurses without
 * end) was blamed on the rule whose action happened to be firing, or on no rule at all.
 */
final class ConditionFrames {

    private ConditionFrames() {
    }

    /** The rule whose condition is on {@code stack} (innermost first), and the line of its first eval. */
    static Optional<Problem> runaway(RuleBase rules, StackTraceElement[] stack, String what) {
        if (stack == null) {
            return Optional.empty();
        }
        for (StackTraceElement frame : stack) {
            if (isConsequence(frame)) {
                return Optional.empty(); // an action: the firing guard knows its rule
            }
            Optional<String> rule = ruleOf(rules, frame.getClassName());
            if (rule.isPresent()) {
                return Optional.of(new Problem(conditionLine(rules.locate(rule.get()), "eval"), "rule \""
                        + rule.get() + "\" " + what));
            }
        }
        return functionCaller(rules, stack[0], what);
    }

    /**
     * A stack cut short (a recursion fills the 1024 frames a trace keeps) shows only the function: blame the rule
     * whose condition calls it.
     */
    private static Optional<Problem> functionCaller(RuleBase rules, StackTraceElement top, String what) {
        String function = top.getMethodName();
        if (top.getClassName().startsWith("org.drools.") || top.getClassName().startsWith("java.")) {
            return Optional.empty();
        }
        for (String rule : rules.ruleNames()) {
            SourceLocation at = rules.locate(rule);
            SourceLocation call = conditionLine(at, function + "(");
            if (!call.equals(at)) {
                return Optional.of(new Problem(call, "rule \"" + rule + "\" " + what));
            }
        }
        return Optional.empty();
    }

    private static boolean isConsequence(StackTraceElement frame) {
        return frame.getClassName().contains("Consequence") || frame.getMethodName().contains("Consequence")
                || frame.getMethodName().equals("consequence");
    }

    /** The longest rule name whose class-name form ("Rule_" and the name with '_' for others) the class carries. */
    private static Optional<String> ruleOf(RuleBase rules, String className) {
        String simple = className.substring(className.lastIndexOf('.') + 1);
        if (!simple.startsWith("Rule_")) {
            return Optional.empty();
        }
        return rules.ruleNames().stream().filter(name -> simple.startsWith("Rule_" + name.replaceAll("[^A-Za-z0-9]",
                "_"))).max(Comparator.comparingInt(String::length));
    }

    /** The line of the rule's first {@code text} before its {@code then}; the rule's own line if none is found. */
    private static SourceLocation conditionLine(SourceLocation rule, String text) {
        try {
            List<String> lines = Files.readAllLines(Path.of(rule.file()));
            for (int i = Math.max(rule.line() - 1, 0); i < lines.size(); i++) {
                String line = lines.get(i);
                if (line.strip().equals("then")) {
                    break;
                }
                int eval = line.indexOf(text);
                if (eval >= 0) {
                    return new SourceLocation(rule.file(), i + 1, eval + 1);
                }
            }
        } catch (IOException | RuntimeException e) {
            // the rule's own line will do
        }
        return rule;
    }
}
