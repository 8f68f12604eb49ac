package org.mizan.cli;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import org.mizan.compare.Explanation;
import org.mizan.compare.ExplanationNode;
import org.mizan.dossier.Fact;
import org.mizan.dossier.FactType;
import org.mizan.pipeline.Analysis;
import org.mizan.pipeline.LoadedInputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The chain behind a finding, down to the cited excerpts; or, for a fact, everything that rests on it. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show the chain behind a finding (risk or dependency id) down to the cited excerpts, or, given a"
                + " fact id, every finding that rests on that fact.")
final class ExplainCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Parameters(paramLabel = "ID", description = "A finding id (from findings.json) or a fact id.")
    String id;

    @Option(names = "--scenario", paramLabel = "NAME", description = "Explain within a scenario's run.")
    String scenario;

    @Option(names = "--json", description = "Print the tree as JSON.")
    boolean json;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws JsonProcessingException {
        LoadedInputs loaded = LoadedInputs.load(inputs.dirs());
        Analysis run = Analysis.of(loaded, inputs.facts, scenario);
        boolean isFinding = run.findings().find(id).isPresent();
        Optional<ExplanationNode> tree = isFinding ? Explanation.of(id, run.findings(), run.dossier())
                : Explanation.restingOn(id, run.findings(), run.dossier());
        if (tree.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "no finding or fact \"" + id
                    + "\"; finding ids are in out/findings.json, fact ids in facts/*.json");
        }
        spec.commandLine().getOut().print(json
                ? new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(tree.get()) + "\n"
                : Explanation.text(tree.get()));
        if (!json && !isFinding && tree.get().children().isEmpty()) {
            spec.commandLine().getOut().print(unused(loaded, run.dossier().fact(id).orElseThrow(), run));
        }
        return ExitCode.OK;
    }

    /**
     * For a fact nothing rests on: say so, why when the fact is overtaken, and which rules read facts of its kind,
     * so the analyst sees whether a rule could use it and what it would need beside it.
     */
    private static String unused(LoadedInputs loaded, Fact fact, Analysis run) {
        StringBuilder text = new StringBuilder("  no finding rests on it");
        run.dossier().supersededBy(fact.id()).ifPresentOrElse(
                newer -> text.append(": it is overtaken by \"").append(newer.id())
                        .append("\", and the rules reason only on current facts\n"),
                () -> text.append("\n"));
        String kind = FactType.of(fact).label();
        Set<String> rules = loaded.rules().rulesReading(fact.getClass());
        if (rules.isEmpty()) {
            text.append("  no rule reads facts of its kind (").append(kind).append(")\n");
        } else {
            text.append("  rules that read facts of its kind (").append(kind).append("):\n");
            rules.forEach(rule -> text.append("    \"").append(rule).append("\"\n"));
        }
        return text.toString();
    }
}
