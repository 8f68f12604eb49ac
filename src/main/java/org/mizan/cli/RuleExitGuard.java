package org.mizan.cli;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.Map;

/**
 * A trusted rule (--trust-rules) may call {@code System.exit}, which would end the run silently, with the status the
 * rule chose (0 looks like success). Java can no longer refuse the call itself, but it runs the shutdown hooks
 * first: this one looks at the thread that is exiting, and when a rule's action is on its stack (Drools fires it),
 * says so and ends the process with exit 1 instead. Nothing was written: outputs are replaced only at the end of a
 * run. Ctrl-C, SIGTERM and Mizan's own exit are not on such a stack and pass untouched. {@code Runtime.halt} runs no
 * hooks and cannot be caught this way; an untrusted rule can call neither.
 */
public final class RuleExitGuard {

    public static final int EXIT = ExitCode.INVALID_INPUT;

    /** What the user is told, on the standard error of the run the rule was part of (the resident process too). */
    public static final String MESSAGE = "mizan: error: a rule's action called System.exit, which would have ended the"
            + " run unnoticed; the run was stopped and nothing was written. A rule run with --trust-rules can do"
            + " anything Java can: remove the call from the rule file";

    private RuleExitGuard() {
    }

    static void install(PrintStream err) {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (exitCalledByARule(Thread.getAllStackTraces())) {
                err.println(MESSAGE);
                err.flush();
                Runtime.getRuntime().halt(EXIT);
            }
        }, "mizan-rule-exit-guard"));
    }

    /** Whether some thread is inside {@code System.exit} called from a rule Drools was firing. */
    public static boolean exitCalledByARule(Map<Thread, StackTraceElement[]> stacks) {
        return stacks.values().stream().anyMatch(stack -> {
            boolean exiting = Arrays.stream(stack).anyMatch(f -> f.getClassName().equals("java.lang.Shutdown")
                    && f.getMethodName().equals("exit"));
            boolean firing = Arrays.stream(stack).anyMatch(f -> f.getClassName().startsWith("org.drools."));
            return exiting && firing;
        });
    }
}
