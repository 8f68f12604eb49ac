package org.mizan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;

import org.mizan.ach.Hypothesis;
import org.mizan.dossier.Fact;
import org.mizan.dossier.FactType;
import org.mizan.inference.DependencyKind;
import org.mizan.layer.LayerOverride;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.scenario.DependencyPattern;
import org.mizan.scenario.Enums;
import org.mizan.scenario.ScenarioLoader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The ids and names that scenario files and messages refer to, in one place. */
@Command(name = "ids", mixinStandardHelpOptions = true,
        description = "List the ids other messages and scenario files refer to: facts by kind (actors first),"
                + " hypotheses, rules, risk types, dependency kinds and scenarios; then the rule and template layers"
                + " read and what each overrides.")
final class IdsCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        print(LoadedInputs.load(inputs.dirs()), inputs.facts, spec.commandLine().getOut());
        return ExitCode.OK;
    }

    static void print(LoadedInputs loaded, Path factsDir, PrintWriter out) {
        Map<FactType, List<String>> byType = new TreeMap<>();
        for (Fact f : loaded.dossier().facts()) {
            byType.computeIfAbsent(FactType.of(f), t -> new java.util.ArrayList<>()).add(f.id());
        }
        byType.forEach((type, ids) -> section(out, "facts \"" + type.key() + "\"", new TreeSet<>(ids)));
        section(out, "hypotheses (facts/hypotheses.json)", loaded.hypotheses().stream().map(Hypothesis::id).toList());
        section(out, "rules (for \"switchOff\")", loaded.rules().ruleNames().stream()
                .map(r -> "\"" + r + "\"").toList());
        section(out, "risk types (rules/risks.json; for \"present\"/\"absent\")", loaded.rules().riskTypes());
        section(out, "dependency kinds (for {\"present\": \"" + DependencyPattern.TYPE + "\", \"kind\": ...})",
                Enums.words(DependencyKind.class));
        section(out, "scenarios", ScenarioLoader.files(factsDir.resolve("scenarios")).stream()
                .map(ScenarioLoader::nameOf).toList());
        layers(loaded, out, "");
        out.flush();
    }

    /**
     * The layers read, bottom first, and one line per file, risk type or label that a higher layer put in place of
     * a lower one's, located like a compiler message ({@code prefix} "note: " makes it one).
     */
    static void layers(LoadedInputs loaded, PrintWriter out, String prefix) {
        out.println("rule layers (bottom first): " + loaded.rules().layers().describe());
        out.println("template layers (bottom first): " + loaded.templates().layers().describe());
        List<LayerOverride> overrides = new java.util.ArrayList<>(loaded.rules().overrides());
        overrides.addAll(loaded.templates().overrides());
        for (LayerOverride o : overrides) {
            out.println(o.by() + ": " + prefix + o.what() + " overrides " + o.replaced());
        }
    }

    private static void section(PrintWriter out, String title, java.util.Collection<String> ids) {
        out.println(title + ":");
        out.println(ids.isEmpty() ? "  (none)" : ids.stream().map(id -> "  " + id).collect(Collectors.joining("\n")));
    }
}
