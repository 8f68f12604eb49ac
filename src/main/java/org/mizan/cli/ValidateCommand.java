package org.mizan.cli;

import java.util.Locale;
import java.util.concurrent.Callable;

import org.mizan.pipeline.Generation;
import org.mizan.pipeline.LoadedInputs;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Loads and checks facts, rules and templates, and runs everything generate would short of rendering; writes nothing. */
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
        Generation.check(loaded);
        spec.commandLine().getOut().printf(Locale.ROOT, "ok: %d facts, %d rules, templates in %s%n",
                loaded.dossier().facts().size(), loaded.rules().ruleNames().size(), inputs.templates);
        return ExitCode.OK;
    }
}
