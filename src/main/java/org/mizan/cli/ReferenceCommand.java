package org.mizan.cli;

import java.util.concurrent.Callable;

import org.mizan.reference.RuleReference;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** Prints the rule author's reference that rules/REFERENCE.md holds. */
@Command(name = "reference", mixinStandardHelpOptions = true,
        description = "Print the rule author's reference (Markdown): fact and finding types with their fields,"
                + " enums, scales, risk categories, Derive forms and the checklist for a new risk (committed as"
                + " REFERENCE.md in the rules folder).")
final class ReferenceCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getOut().print(RuleReference.markdown());
        spec.commandLine().getOut().flush();
        return ExitCode.OK;
    }
}
