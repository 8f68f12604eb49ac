package org.mizan.problem;

/**
 * A mistake on the command line that names an input rather than a mistake in an input: a scenario that does not
 * exist, or a name that is a path ({@code --scenario ../../../etc/passwd}). An {@link InputException}, so that what
 * catches input errors (watch, the workbench) still does; the command line maps it to exit code 2, as picocli does
 * an unknown option.
 */
public final class UsageException extends InputException {

    public UsageException(Problem problem) {
        super(problem);
    }
}
