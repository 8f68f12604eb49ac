package org.mizan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

import org.mizan.pipeline.Analysis;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
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
        description = "Run every scenario's \"expect\" list like a test suite: one PASS or FAIL line per expectation"
                + " (a failure with the finding's rule and reasons), a scenario that cannot be loaded counted as"
                + " failed with its errors, and a closing line 'N passed, N failed'. Exit 1 if any failed.")
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
        long broken = 0;
        for (Path file : ScenarioLoader.files(inputs.facts.resolve("scenarios"))) {
            String name = ScenarioLoader.nameOf(file);
            try {
                Analysis run = Analysis.of(loaded, inputs.facts, name);
                ExpectationReport report = Expectations.evaluate(run.scenario(), run.findings(), run.dossier());
                for (ExpectationResult result : report.results()) {
                    out.println(run.name() + ": " + result.line());
                }
                reports.add(report);
            } catch (InputException e) {
                broken++;
                out.println(name + ": FAIL the scenario cannot be loaded (" + e.problems().size() + " problem(s)):");
                e.problems().stream().map(Problem::format).forEach(p -> out.println("  " + p));
            }
        }
        out.println(ExpectationReport.closingLine(reports, broken));
        return broken > 0 || reports.stream().anyMatch(r -> r.failed() > 0) ? ExitCode.INVALID_INPUT : ExitCode.OK;
    }
}
