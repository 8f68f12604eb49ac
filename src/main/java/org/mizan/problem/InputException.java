package org.mizan.problem;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Bad input from a file the user edits (facts, scenarios, rules, templates). Carries every problem found,
 * so the user can fix them all in one pass. The command line maps it to exit code 1 and prints no stack trace.
 */
public class InputException extends RuntimeException {

    private final List<Problem> problems;

    public InputException(List<Problem> problems) {
        this(problems.stream().distinct().toList(), true);
    }

    /** The same problem found twice (one file read for two layers) is one line. */
    private InputException(List<Problem> distinct, boolean unused) {
        super(distinct.stream().map(Problem::format).collect(Collectors.joining("\n")));
        if (distinct.isEmpty()) {
            throw new IllegalArgumentException("an InputException needs at least one problem");
        }
        this.problems = List.copyOf(distinct);
    }

    public InputException(Problem problem) {
        this(List.of(problem));
    }

    public List<Problem> problems() {
        return problems;
    }
}
