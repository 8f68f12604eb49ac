package org.mizan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.mizan.dossier.SourceTexts;
import org.mizan.inference.RuleTrust;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.pipeline.Validation;
import org.mizan.problem.DisplayPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** Loads and checks every file an analyst edits; writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check every file an analyst edits (facts, hypotheses, scenarios with their expectations,"
                + " rules, rating table, risk wording, labels and templates); write nothing. Problems that would"
                + " stop a brief are errors (exit 1); what the brief would leave out is a warning (exit 0).")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Option(names = "--list", description = "Also print the ids other messages refer to (as ./mizan ids does).")
    boolean list;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        // What generate would do short of rendering, for the baseline and every scenario: "ok" means generate will
        // succeed.
        Validation validation = Validation.of(inputs.dirs());
        PrintWriter err = spec.commandLine().getErr();
        validation.warnings().forEach(w -> err.println(w.where() + ": warning: " + w.message()));
        err.flush();
        LoadedInputs loaded = validation.inputs();
        PrintWriter out = spec.commandLine().getOut();
        if (list) {
            IdsCommand.print(loaded, inputs.facts, out);
        }
        out.printf(Locale.ROOT, "ok: %d facts, %d rules, %d risk types%s%n",
                loaded.dossier().facts().size(), loaded.rules().ruleNames().size(), loaded.rules().riskTypes().size(),
                validation.warnings().isEmpty() ? "" : ", " + validation.warnings().size() + " warning(s)");
        IdsCommand.layers(loaded, out, "note: ");
        out.println(inputs.dirs().ruleTrust() == RuleTrust.TRUSTED
                ? "note: rules trusted (--trust-rules): their code was not checked and runs with your permissions"
                : "rules: checked: they use only the rule API and plain Java over facts (rules/README.md)");
        // A source whose text the project does not hold is allowed, but its excerpts were not checked: say so.
        List<java.nio.file.Path> folders = new java.util.ArrayList<>(List.of(inputs.facts));
        folders.addAll(inputs.updates);
        for (String source : SourceTexts.read(folders).notChecked(loaded.dossier())) {
            out.printf(Locale.ROOT, "note: excerpts of source \"%s\" not checked: its text is not in %s%n",
                    source, DisplayPaths.of(inputs.facts.resolve(SourceTexts.FOLDER)));
        }
        return ExitCode.OK;
    }
}
