package org.mizan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.mizan.dossier.Language;
import org.mizan.pipeline.AtomicOutput;
import org.mizan.pipeline.Generation;
import org.mizan.pipeline.InputDirs;
import org.mizan.pipeline.OutputFormat;
import org.mizan.pipeline.Regenerator;
import org.mizan.pipeline.Workbench;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.Problem;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Keeps the engine warm and regenerates on every save of a fact, rule or template file. */
@Command(name = "watch", mixinStandardHelpOptions = true,
        description = "Watch facts/, rules/ and templates/ and regenerate on every save: one line saying what changed"
                + " in the findings, or the errors with file and line (the last good briefs stay). Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {

    /** Editors save in several steps (temp file, rename, touch): wait for the burst to settle. */
    private static final long SETTLE_MILLIS = 150;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

    @Mixin
    InputOptions inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--scenario", paramLabel = "NAME", description = "Regenerate this scenario's briefs.")
    String scenario;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AtomicOutput.checkWritable(out);
        PrintWriter stdout = spec.commandLine().getOut();
        InputDirs dirs = inputs.dirs();
        List<Path> watched = new ArrayList<>(List.of(dirs.facts()));
        watched.addAll(dirs.layerDirs());
        try (Workbench workbench = new Workbench(dirs);
             FolderWatch watch = new FolderWatch(watched)) {
            Regenerator regenerator = new Regenerator(workbench, out, scenario, new Generation.Request(
                    List.of(Language.EN, Language.AR), List.of(OutputFormat.values())));
            report(regenerator.regenerate(), stdout);
            stdout.println("watching " + dirs.facts() + ", " + dirs.ruleLayers().describe() + ", "
                    + dirs.templateLayers().describe() + " (Ctrl-C to stop)");
            stdout.flush();
            while (!Thread.currentThread().isInterrupted()) {
                watch.awaitChange(SETTLE_MILLIS);
                report(regenerator.regenerate(), stdout);
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        }
        return ExitCode.OK;
    }

    private void report(Regenerator.Outcome outcome, PrintWriter stdout) {
        String time = LocalTime.now().format(CLOCK);
        if (outcome.failed()) {
            PrintWriter err = spec.commandLine().getErr();
            outcome.problems().problems().stream().map(Problem::format).forEach(err::println);
            err.println(time + " not regenerated; the last good briefs stay in " + out);
            err.flush();
            return;
        }
        String findings = outcome.diff() == null ? "first run" : outcome.diff().summary();
        String files = outcome.written().isEmpty() ? "no file changed"
                : "rewrote " + outcome.written().stream().map(p -> DisplayPaths.of(p)).toList();
        stdout.println(time + " " + findings + "; " + files);
        stdout.flush();
    }
}
