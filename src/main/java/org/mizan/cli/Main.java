package org.mizan.cli;

import java.io.PrintWriter;

import org.mizan.problem.InputException;
import org.mizan.problem.Problem;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Entry point. Bad input is printed as {@code file:line:col: error: message} lines with exit code 1; a usage
 * mistake gets picocli's message and exit code 2; anything else is a bug in Mizan (exit 3), with the stack
 * trace only under --verbose.
 */
@Command(name = "mizan", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = "Rule-based policy briefs: dossier facts in, dependencies, risks and briefs out.",
        subcommands = {GenerateCommand.class, ValidateCommand.class, DiffCommand.class, ExplainCommand.class,
                CheckCommand.class, WatchCommand.class, SensitivityCommand.class, ServeCommand.class,
                SourceCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs a command line in-process: what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static final class ErrorReporter implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
            PrintWriter err = cl.getErr();
            if (e instanceof InputException input) {
                input.problems().stream().map(Problem::format).forEach(err::println);
                err.printf("mizan: %d problem(s); nothing was written%n", input.problems().size());
                err.flush();
                return ExitCode.INVALID_INPUT;
            }
            if (isVerbose(parsed)) {
                e.printStackTrace(err);
            } else {
                err.println("mizan: internal error: " + e + " (run again with --verbose for details)");
            }
            err.flush();
            return ExitCode.INTERNAL_ERROR;
        }

        private static boolean isVerbose(ParseResult parsed) {
            ParseResult p = parsed;
            while (p != null) {
                if (p.hasMatchedOption("--verbose")) {
                    return true;
                }
                p = p.subcommand();
            }
            return false;
        }
    }
}
