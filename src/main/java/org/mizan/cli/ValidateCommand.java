package org.mizan.cli;

import java.util.concurrent.Callable;

import org.mizan.dossier.SourceTexts;
import org.mizan.pipeline.LoadedInputs;
import org.mizan.problem.DisplayPaths;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Loads and checks facts, rules and templates; writes nothing. */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check facts, rules and templates; write nothing. Exit 0 if all is well, 1 if not.")
final class ValidateCommand implements Callable<Integer> {

    @Mixin
    InputOptions inputs;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        LoadedInputs loaded = LoadedInputs.load(inputs.dirs());
        spec.commandLine().getOut().printf("ok: %d facts, %d rules, templates in %s%n",
                loaded.dossier().facts().size(), loaded.rules().ruleNames().size(), inputs.templates);
        // A source whose text the project does not hold is allowed, but its excerpts were not checked: say so.
        for (String source : SourceTexts.read(inputs.facts).notChecked(loaded.dossier())) {
            spec.commandLine().getOut().printf("note: excerpts of source \"%s\" not checked: its text is not in %s%n",
                    source, DisplayPaths.of(inputs.facts.resolve(SourceTexts.FOLDER)));
        }
        return ExitCode.OK;
    }
}
