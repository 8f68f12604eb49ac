package org.mizan.inference;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.mizan.inference.JavaCodeCheck.Refusal;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.Problem;

/**
 * The trust boundary of the rule files: unless the analyst trusts them ({@link RuleTrust#TRUSTED}, --trust-rules),
 * a rule file may use the rule API and plain Java over its facts, and nothing else. Every file of every rule layer
 * is checked before anything is compiled: DRL files with Drools' parser and JavaParser ({@link DrlCodeCheck}), the
 * decision tables by the DRL Drools makes of them, each refusal pointed back at the table's cell.
 */
final class RuleTrustCheck {

    /** What is refused, and code the check could not read: an error only if the build accepts it (see compile). */
    record Result(List<Problem> refused, List<Problem> unreadable) {
        static final Result NONE = new Result(List.of(), List.of());
    }

    static final String TRUST_HINT = "if you trust this file, run with --trust-rules (rules/README.md)";

    private RuleTrustCheck() {
    }

    static Result check(RuleFiles files) {
        List<Problem> refused = new ArrayList<>();
        List<Problem> unreadable = new ArrayList<>();
        files.texts().forEach((path, text) -> {
            boolean table = path.getFileName().toString().endsWith(".drl.csv");
            Optional<String> drl = table ? tableDrl(text) : Optional.of(text);
            Optional<DrlCodeCheck.Outcome> outcome = drl.flatMap(DrlCodeCheck::check);
            String file = DisplayPaths.of(path);
            if (outcome.isEmpty()) {
                // Unreadable to Drools too, which the build reports; were it not, the file is not let through.
                unreadable.add(problem(file, text, 0, "the rule check cannot read this file, so it cannot be let"
                        + " through; " + TRUST_HINT));
                return;
            }
            Set<Problem> fileRefused = new LinkedHashSet<>();
            for (Refusal r : outcome.get().refusals()) {
                fileRefused.add(problem(file, text, table ? inTable(text, r) : r.offset(), refusedMessage(r)));
            }
            refused.addAll(fileRefused);
            for (Refusal r : outcome.get().unreadable()) {
                unreadable.add(problem(file, text, table ? inTable(text, r) : r.offset(), "this code is not Java"
                        + " the rule check can read (" + shorten(r.what()) + "), so it cannot be let through: write"
                        + " it as plain Java; " + TRUST_HINT));
            }
        });
        return new Result(refused, unreadable);
    }

    /** The DRL Drools makes of a decision table, or empty when it cannot (the build then says why). */
    private static Optional<String> tableDrl(String csv) {
        try {
            return Optional.of(new SpreadsheetCompiler().compile(
                    new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), InputType.CSV));
        } catch (RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    /**
     * Where the refused code stands in the table: the generated DRL copies the cells' text, so the first place the
     * table holds it (a condition or action template, a rated cell, the Import row); the start of the table if not.
     */
    private static int inTable(String csv, Refusal r) {
        String what = r.what().replaceFirst("^import (function |accumulate )?", "");
        int at = csv.indexOf(what);
        if (at < 0 && what.contains(".")) {
            at = csv.indexOf(what.substring(0, what.lastIndexOf('.')));
        }
        return Math.max(0, at);
    }

    private static String refusedMessage(Refusal r) {
        String why = switch (r.why()) {
            case DrlCodeCheck.DIALECT_WHY -> "MVEL code is not checked; write the rule in Java, the default dialect";
            case JavaCodeCheck.CONTEXT_WHY -> "the rule context may only be handed to the rule API (Derive, Rate)"
                    + " or asked to insert, insertLogical, update or delete a fact";
            default -> r.why();
        };
        return r.what() + " is not allowed in a rule file (" + why + "): rules may use only the rule API and plain"
                + " Java over facts; " + TRUST_HINT;
    }

    private static Problem problem(String file, String text, int offset, String message) {
        return Problem.atOffset(file, text, Math.min(Math.max(0, offset), text.length()), message);
    }

    private static String shorten(String code) {
        String line = code.lines().findFirst().orElse("").strip();
        return line.length() > 60 ? line.substring(0, 57) + "..." : line;
    }
}
