package org.mizan.cli;

import java.util.concurrent.Callable;

import org.mizan.compare.FindingsDiff;
import org.mizan.pipeline.Analysis;
import org.mizan.pipeline.LoadedInputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** What a scenario (or any second run) changes in the findings, and why. */
@Command(name = "diff", mixinStandardHelpOptions = true,
        description = {"Show the risks and dependencies that appear, disappear or change grade between two runs,",
                "each with the facts or rules that made the difference, and those that keep their grades on other",
                "grounds (the support they lost or gained). `diff NAME` compares the baseline with scenario NAME;",
                "`diff --from A --to B` compares any two (scenario names or 'baseline')."})
final class DiffCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Scenario to compare with the baseline.")
    String scenario;

    @Option(names = "--from", paramLabel = "A", description = "First run (default: baseline).")
    String from;

    @Option(names = "--to", paramLabel = "B", description = "Second run.")
    String to;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if ((scenario == null) == (to == null)) {
            throw new ParameterException(spec.commandLine(), "name one scenario, or --to (and optionally --from)");
        }
        LoadedInputs loaded = LoadedInputs.load(inputs.dirs());
        Analysis a = Analysis.of(loaded, inputs.facts, from == null ? Analysis.BASELINE : from);
        Analysis b = Analysis.of(loaded, inputs.facts, scenario != null ? scenario : to);
        FindingsDiff diff = FindingsDiff.between(a.findings(), b.findings(), a.dossier(), b.dossier(),
                b.scenario() == null ? java.util.Set.of() : b.scenario().switchOff());
        spec.commandLine().getOut().print(diff.text());
        return ExitCode.OK;
    }
}
