package org.mizan.cli;

import java.util.concurrent.Callable;

import org.mizan.pipeline.LoadedInputs;

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
        warnUnrelatedEvidence(loaded);
        spec.commandLine().getOut().printf("ok: %d facts, %d rules, templates in %s%n",
                loaded.dossier().facts().size(), loaded.rules().ruleNames().size(), inputs.templates);
        return ExitCode.OK;
    }

    /** A warning, not an error: the rules still run, but a finding cites a fact that does not bear on it. */
    private void warnUnrelatedEvidence(LoadedInputs loaded) {
        org.mizan.inference.Findings findings = org.mizan.inference.Inference.run(loaded.rules(), loaded.dossier(),
                java.util.Set.of());
        for (org.mizan.inference.EvidenceRelevance.Unrelated u : org.mizan.inference.EvidenceRelevance.check(
                findings, loaded.dossier().factsById())) {
            org.mizan.problem.SourceLocation at = loaded.rules().locate(u.rule());
            spec.commandLine().getErr().printf("%s:%d:%d: warning: rule \"%s\" cites fact \"%s\" under %s, which"
                            + " shares no actor, place or resource with it: drop it, or name its kind in the rule's"
                            + " @context(...) if it is background%n", at.file(), at.line(), at.column(), u.rule(),
                    u.fact(), u.finding());
        }
    }
}
