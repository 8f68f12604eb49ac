package org.mizan.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import org.mizan.problem.FileRefusal;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.UsageException;

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
        description = "Rule-based policy briefs: dossier facts in, dependencies, risks and briefs out.")
public final class Main {

    /** The commands, in the order {@code --help} lists them. */
    static final List<Class<?>> COMMANDS = List.of(GenerateCommand.class, ValidateCommand.class, DiffCommand.class,
            ExplainCommand.class, CheckCommand.class, WatchCommand.class, SensitivityCommand.class,
            ServeCommand.class, ReferenceCommand.class, IdsCommand.class, SourceCommand.class, NewCommand.class);

    public static void main(String[] args) {
        startUp();
        RuleExitGuard.install(System.err);
        System.exit(run(args, new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true),
                new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true)));
    }

    /** What the process sets before any command runs: the locale and UTF-8 standard streams (see below). */
    public static void startUp() {
        pinLocale();
        System.setOut(utf8(FileDescriptor.out));
        System.setErr(utf8(FileDescriptor.err));
    }

    /**
     * The same bytes in every locale. Our own code names {@link Locale#ROOT} wherever it formats or changes case (a
     * test holds it), but the libraries do not all: OpenPDF writes a PDF's cross-reference table with the default
     * locale's digits (Arabic-Indic under ar_SY or fa_IR, which damages every PDF). The JVM takes the default from
     * LANG or from -Duser.language/-Duser.country; the process's own language is set here, before anything formats.
     */
    private static void pinLocale() {
        Locale.setDefault(Locale.ROOT);
    }

    /**
     * Arabic excerpts and arrows reach the terminal whatever LANG, LC_ALL or file.encoding say: without a UTF-8
     * locale (cron, CI, a minimal container) Java would encode stdout in ASCII and print question marks.
     */
    private static PrintStream utf8(FileDescriptor fd) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd)), true, StandardCharsets.UTF_8);
    }

    /** Runs a command line in-process: what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        System.setProperty("java.awt.headless", "true");
        CommandLine cl = commandLine(args.length == 0 ? "" : args[0]);
        wholeDescriptions(cl);
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler(new ErrorReporter());
        int code = cl.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command line, every command registered: what {@code --help} lists. */
    static CommandLine commandLine() {
        return commandLine("");
    }

    /**
     * The command line for arguments that start with {@code first}. When that names a command, only that command is
     * registered: picocli reads each registered command's annotations by reflection, which took about a tenth of the
     * execution samples of a cold {@code validate} for the eleven commands a run does not use. Anything else (an option, a mistyped command, none) gets
     * them all, so help, suggestions and errors are the whole command line's. One command alone parses the same:
     * commands do not follow one another on a Mizan command line.
     */
    static CommandLine commandLine(String first) {
        CommandLine cl = new CommandLine(new Main());
        List<Class<?>> named = COMMANDS.stream().filter(c -> c.getAnnotation(Command.class).name().equals(first))
                .toList();
        for (Class<?> command : named.isEmpty() ? COMMANDS : named) {
            cl.addSubcommand(command);
        }
        return cl;
    }

    /**
     * The command list of {@code --help} shows only the first element of a command's description, which cut
     * descriptions written over several source lines mid-sentence: each becomes one element, wrapped by picocli.
     */
    private static void wholeDescriptions(CommandLine cl) {
        for (CommandLine sub : cl.getSubcommands().values()) {
            String[] lines = sub.getCommandSpec().usageMessage().description();
            if (lines.length > 1) {
                sub.getCommandSpec().usageMessage().description(String.join(" ", lines));
            }
        }
    }

    private static final class ErrorReporter implements IExecutionExceptionHandler {

        @Override
        public int handleExecutionException(Exception thrown, CommandLine cl, ParseResult parsed) {
            PrintWriter err = cl.getErr();
            // The file system's refusals (a folder this user may not list, a full disk) are the user's to fix.
            Exception e = FileRefusal.of(thrown).<Exception>map(InputException::new).orElse(thrown);
            if (e instanceof UsageException usage) {
                usage.problems().stream().map(Problem::format).forEach(err::println);
                err.flush();
                return ExitCode.USAGE;
            }
            if (e instanceof InputException input) {
                input.problems().stream().map(Problem::format).forEach(err::println);
                err.printf(Locale.ROOT, "mizan: %d problem(s); nothing was written%n", input.problems().size());
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
