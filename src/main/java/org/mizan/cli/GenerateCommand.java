package org.mizan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.mizan.dossier.Language;
import org.mizan.inference.Findings;
import org.mizan.pipeline.Analysis;
import org.mizan.pipeline.Artifact;
import org.mizan.pipeline.AtomicOutput;
import org.mizan.pipeline.EarlierBrief;
import org.mizan.pipeline.Generation;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.pipeline.Manifest;
import org.mizan.pipeline.MizanVersion;
import org.mizan.pipeline.OutputFormat;
import org.mizan.pipeline.RendererWarmup;
import org.mizan.pipeline.Validation;
import org.mizan.problem.DisplayPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The everyday command: facts and rules in, briefs and findings.json out. */
@Command(name = "generate", mixinStandardHelpOptions = true,
        description = "Infer dependencies and risks and write the briefs (PDF, DOCX), their evidence workbooks"
                + " (XLSX) and findings.json.")
final class GenerateCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--out", paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path out = Path.of("out");

    @Option(names = "--lang", split = ",", paramLabel = "en|ar",
            description = "Languages, comma-separated (default: en,ar).", converter = LanguageConverter.class)
    List<Language> languages = List.of(Language.EN, Language.AR);

    @Option(names = "--format", split = ",", paramLabel = "pdf|docx|xlsx|json",
            description = "Formats, comma-separated (default: pdf,docx,xlsx,json).", converter = FormatConverter.class)
    List<OutputFormat> formats = List.of(OutputFormat.PDF, OutputFormat.DOCX, OutputFormat.XLSX, OutputFormat.JSON);

    @Option(names = "--scenario", paramLabel = "NAME",
            description = "Apply facts/scenarios/NAME.json to the dossier; outputs go to OUT/NAME/.")
    String scenario;

    @Option(names = "--since", paramLabel = "PATH", description = "An earlier brief of the same dossier (its out"
            + " folder or a copy of it, or its findings.json): the front end says what moved since it, and the"
            + " labels a reader cites (R, D, E numbers) keep their numbers, new ones taking the next.")
    Path since;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        AtomicOutput.checkWritable(out);
        EarlierBrief earlier = since == null ? null : EarlierBrief.read(since);
        if (formats.contains(OutputFormat.PDF) || formats.contains(OutputFormat.DOCX)) {
            RendererWarmup.start();
        }
        LoadedInputs loaded = LoadedInputs.load(inputs.dirs());
        if (scenario == null || scenario.equals(Analysis.BASELINE)) {
            // The scenarios are not used, but a broken one is an error here as in validate (they agree).
            Validation.requireScenarioFiles(loaded, inputs.dirs());
        }
        // The baseline's competing hypotheses need no findings: on the other core while the rules infer.
        Generation.Ahead ahead = scenario == null || scenario.equals(Analysis.BASELINE)
                ? Generation.Ahead.baseline(loaded) : Generation.Ahead.NONE;
        Analysis analysis = Analysis.of(loaded, inputs.facts, scenario);
        List<Artifact> artifacts = new ArrayList<>(
                Generation.run(loaded, analysis, new Generation.Request(languages, formats, earlier), ahead));
        Path scenarioFile = scenario == null || analysis.scenario() == null ? null
                : Analysis.scenarioFile(inputs.facts, scenario);
        artifacts.add(Manifest.of(inputs.dirs(), scenarioFile, MizanVersion.get(), artifacts, earlier));
        Path dir = analysis.scenario() == null ? out : out.resolve(analysis.name());
        AtomicOutput.write(out, analysis.name(), artifacts);
        PrintWriter stdout = spec.commandLine().getOut();
        for (Artifact a : artifacts) {
            stdout.println("wrote " + DisplayPaths.of(dir.resolve(a.fileName())));
        }
        Findings findings = analysis.findings();
        stdout.printf(Locale.ROOT, "%d dependencies, %d risks from %d facts%s%n", findings.dependencies().size(),
                findings.risks().size(), analysis.dossier().facts().size(),
                analysis.scenario() == null ? "" : "; against the baseline: " + analysis.diffFromBaseline().summary());
        return ExitCode.OK;
    }
}
