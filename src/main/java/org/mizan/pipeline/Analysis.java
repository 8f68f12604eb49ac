package org.mizan.pipeline;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.mizan.brief.ScenarioNote;
import org.mizan.compare.FindingsDiff;
import org.mizan.dossier.Dossier;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.UsageException;
import org.mizan.scenario.Scenario;
import org.mizan.scenario.ScenarioLoader;
import org.mizan.scenario.ScenarioSummary;

/**
 * The findings of one run: the baseline dossier, or a scenario applied to it. A scenario run also keeps the
 * baseline's findings, so the brief and `diff` can say how the judgments differ.
 */
public record Analysis(Scenario scenario, Dossier dossier, Findings findings, Dossier baselineDossier,
                       Findings baselineFindings) {

    /** The name `generate --scenario` and `diff` accept for the dossier as it is. */
    public static final String BASELINE = "baseline";

    /**
     * A scenario's name: its file name without .json, and the name of its folder under out/. Letters and digits of
     * any script (an analyst may name a scenario in Arabic), then also '.', '_' and '-'; never a path separator or a
     * leading dot.
     */
    private static final Pattern SCENARIO_NAME = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{M}\\p{N}._-]{0,120}");

    public static Analysis baseline(LoadedInputs in) {
        Findings findings = Inference.run(in.rules(), in.dossier(), Set.of());
        FindingIds.check(findings, in.dossier().factsById(), in.rules());
        return new Analysis(null, in.dossier(), findings, in.dossier(), findings);
    }

    /** {@code name} is a file name in {@code <facts>/scenarios} without .json, or {@link #BASELINE}. */
    public static Analysis of(LoadedInputs in, Path factsDir, String name) {
        if (name == null || name.equals(BASELINE)) {
            return baseline(in);
        }
        Scenario scenario = ScenarioLoader.load(scenarioFile(factsDir, name), in.dossier(), in.rules());
        Dossier dossier = scenario.apply(in.dossier());
        Findings baseline = baseline(in).findings();
        Findings findings = Inference.run(in.rules(), dossier, scenario.switchOff());
        FindingIds.check(findings, dossier.factsById(), in.rules());
        return new Analysis(scenario, dossier, findings, in.dossier(), baseline);
    }

    public static Path scenarioFile(Path factsDir, String name) {
        Path dir = factsDir.resolve("scenarios");
        Path file = dir.resolve(name + ".json");
        if (!isScenarioName(name) && !name.contains("/") && !name.contains("\\") && Files.isRegularFile(file)) {
            throw new InputException(badName(file));
        }
        if (!isScenarioName(name) || !Files.isRegularFile(file)) {
            String known = ScenarioLoader.files(dir).stream().map(ScenarioLoader::nameOf)
                    .filter(Analysis::isScenarioName).collect(Collectors.joining(", "));
            throw new UsageException(Problem.at(DisplayPaths.of(dir), 0, 0, "no scenario \"" + name
                    + "\" here (scenarios: " + (known.isEmpty() ? "none" : known) + ", or " + BASELINE + ")"));
        }
        return file;
    }

    /** What is wrong with a scenario file whose name is not a scenario's name (validate reports it too). */
    public static Problem badName(Path file) {
        return Problem.at(DisplayPaths.of(file), 0, 0, "a scenario's file name is letters and digits (of any"
                + " script), then also '.', '_' and '-', with no spaces and no leading dot: rename the file");
    }

    /** Whether {@code name} has the shape of a scenario's name (see {@link #SCENARIO_NAME}). */
    public static boolean isScenarioName(String name) {
        return name != null && SCENARIO_NAME.matcher(name).matches();
    }

    /** The rules the scenario switches off; none for the baseline. */
    public Set<String> rulesOff() {
        return scenario == null ? Set.of() : scenario.switchOff();
    }

    public String name() {
        return scenario == null ? null : scenario.name();
    }

    /** How this run differs from the baseline, with the facts and rules that made each difference. */
    public FindingsDiff diffFromBaseline() {
        return FindingsDiff.between(baselineFindings, findings, baselineDossier, dossier,
                scenario == null ? Set.of() : scenario.switchOff());
    }

    /** What the scenario brief's first page says; null for the baseline. */
    public ScenarioNote note() {
        if (scenario == null) {
            return null;
        }
        List<org.mizan.dossier.Text> changes = ScenarioSummary.lines(scenario, baselineDossier);
        return new ScenarioNote(scenario.title(), scenario.description(), changes,
                diffFromBaseline().lines(dossier));
    }
}
