package org.mizan.inference;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

import org.kie.api.runtime.rule.ConsequenceException;
import org.mizan.dossier.Fact;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * A rule that failed while running (a type error the build let through, an exception in a consequence), reported
 * as a problem naming the rule and the facts it was working on instead of as a stack trace.
 */
final class RuleFailure {

    private RuleFailure() {
    }

    static InputException inConsequence(RuleBase rules, ConsequenceException e) {
        String rule = e.getMatch().getRule().getName();
        String facts = e.getMatch().getObjects().stream().map(RuleFailure::idOf).filter(Objects::nonNull)
                .map(id -> "\"" + id + "\"").collect(Collectors.joining(", "));
        return new InputException(new Problem(rules.locate(rule), "rule \"" + rule + "\" failed on "
                + (facts.isEmpty() ? "its match" : facts) + ": " + rootMessage(e)));
    }

    /** A failure while matching: the engine does not say which rule, so look for a rule name in the message. */
    static InputException inCondition(RuleBase rules, RuntimeException e, String factId) {
        String message = rootMessage(e);
        String rule = ruleNamed(rules, messages(e));
        SourceLocation where = rule == null ? rules.locate("") : rules.locate(rule);
        String who = rule == null ? "a rule" : "rule \"" + rule + "\"";
        String on = factId == null ? "" : " on fact \"" + factId + "\"";
        return new InputException(new Problem(where, who + " failed" + on + ": " + message));
    }

    private static String idOf(Object o) {
        if (o instanceof Fact f) {
            return f.id();
        }
        return o instanceof Finding f ? f.id() : null;
    }

    /** Drools names the generated class of a condition after the rule: "Rule_Divides_by_zero0Eval0Invoker". */
    private static String ruleNamed(RuleBase rules, List<String> messages) {
        return rules.ruleNames().stream()
                .filter(name -> messages.stream().anyMatch(m -> m.contains(name)
                        || m.contains("Rule_" + name.replaceAll("[^A-Za-z0-9]", "_"))))
                .max((a, b) -> Integer.compare(a.length(), b.length())).orElse(null);
    }

    private static List<String> messages(Throwable e) {
        java.util.ArrayList<String> out = new java.util.ArrayList<>();
        for (Throwable t = e; t != null && out.size() < 20; t = t.getCause()) {
            out.add(String.valueOf(t.getMessage()));
        }
        return out;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String m = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return m.replaceAll("\\s*\\R\\s*", " ");
    }
}
