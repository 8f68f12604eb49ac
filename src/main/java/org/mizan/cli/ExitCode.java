package org.mizan.cli;

/** Named exit codes, so scripts and tests can tell bad input from bad usage from a bug. */
public final class ExitCode {

    public static final int OK = 0;
    /** A facts, scenario, rules or templates file is wrong; the messages say where. Also: a check failed. */
    public static final int INVALID_INPUT = 1;
    /** The command line itself is wrong (picocli's usage error code). */
    public static final int USAGE = 2;
    /** A bug in Mizan: the stack trace is printed with --verbose. */
    public static final int INTERNAL_ERROR = 3;

    private ExitCode() {
    }
}
