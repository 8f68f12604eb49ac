package org.mizan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mizan.pipeline.Analysis;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.scenario.ExpectationReport;
import org.mizan.scenario.ExpectationResult;
import org.mizan.scenario.Expectations;
import org.mizan.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Every scenario's expectations, run like a test suite for the analysis. */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Run every scenario's `expect` list: one line per expectation that fails, with the",
                "finding's reasons, and a closing line 'N passed, N failed'. Exit 1 if any failed."})
final class CheckCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedInputs loaded = LoadedInputs.load(inputs.dirs());
        PrintWriter out = spec.commandLine().getOut();
        List<ExpectationReport> reports = new ArrayList<>();
        for (Path file : ScenarioLoader.files(inputs.facts.resolve("scenarios"))) {
            Analysis run = Analysis.of(loaded, inputs.facts, ScenarioLoader.nameOf(file));
            ExpectationReport report = Expectations.evaluate(run.scenario(), run.findings(), run.dossier());
            for (ExpectationResult failure : report.failures()) {
                out.println(run.name() + ": " + failure.line());
            }
            reports.add(report);
        }
        out.println(ExpectationReport.closingLine(reports));
        return reports.stream().anyMatch(r -> r.failed() > 0) ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }
}
