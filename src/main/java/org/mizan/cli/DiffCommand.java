package org.mizan.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.mizan.compare.FindingsDiff;
import org.mizan.compare.SinceDiff;
import org.mizan.pipeline.Analysis;
import org.mizan.pipeline.EarlierBrief;
import org.mizan.pipeline.FindingsJson;
import org.mizan.pipeline.InputDigests;
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
        description = "Show the risks and dependencies that appear, disappear or change grade between two runs, each"
                + " with the facts or rules that made the difference, and those that keep their grades on other"
                + " grounds (the support they lost or gained). `diff NAME` compares the baseline with scenario"
                + " NAME; `diff --from A --to B` compares any two (scenario names or 'baseline'). `diff --since"
                + " PATH` compares the baseline with an earlier brief (its out folder or findings.json): the"
                + " judgments raised, lowered, new, retired or regraded since, with the facts that moved them.")
final class DiffCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Parameters(arity = "0..1", paramLabel = "NAME", description = "Scenario to compare with the baseline.")
    String scenario;

    @Option(names = "--from", paramLabel = "A", description = "First run (default: baseline).")
    String from;

    @Option(names = "--to", paramLabel = "B", description = "Second run.")
    String to;

    @Option(names = "--since", paramLabel = "PATH",
            description = "An earlier brief: its out folder (or a copy of it) or its findings.json.")
    Path since;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (since != null) {
            return since();
        }
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

    private Integer since() {
        if (scenario != null || to != null || from != null) {
            throw new ParameterException(spec.commandLine(), "--since compares the baseline with an earlier brief:"
                    + " give it alone, without a scenario, --from or --to");
        }
        EarlierBrief earlier = EarlierBrief.read(since);
        LoadedInputs loaded = LoadedInputs.load(inputs.dirs());
        Analysis now = Analysis.of(loaded, inputs.facts, Analysis.BASELINE);
        JsonNode before = earlier.of(now.dossier().id()).findings();
        byte[] current = FindingsJson.write(now.dossier().id(), null, now.findings(),
                new InputDigests(now.dossier().digest(), loaded.rules().digest(), ""), "");
        try {
            SinceDiff diff = SinceDiff.between(before, new ObjectMapper().readTree(current), now.dossier());
            spec.commandLine().getOut().print(diff.text());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e); // our own bytes: not the user's mistake
        }
        return ExitCode.OK;
    }
}
