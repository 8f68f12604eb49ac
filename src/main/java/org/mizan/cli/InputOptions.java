package org.mizan.cli;

import java.nio.file.Path;

import org.mizan.inference.RuleTrust;
import org.mizan.pipeline.InputDirs;

import picocli.CommandLine.Option;

/** The input folders every command reads, with the project's defaults. */
public final class InputOptions {

    @Option(names = "--facts", paramLabel = "DIR", description = "Dossier folder (default: ${DEFAULT-VALUE}).")
    Path facts = Path.of("facts");

    @Option(names = "--rules", paramLabel = "DIR", description = "Rules folder (default: ${DEFAULT-VALUE}).")
    Path rules = Path.of("rules");

    @Option(names = "--templates", paramLabel = "DIR",
            description = "Templates folder (default: ${DEFAULT-VALUE}).")
    Path templates = Path.of("templates");

    // Off by default: a rule file passed on by a colleague is a program, and runs with the analyst's permissions.
    @Option(names = "--trust-rules", description = {"Trust the rule files: run their code unchecked, so that it may"
            + " use any Java (files, processes, the network).", "Without it a rule may use only the rule API and plain"
            + " Java over its facts (rules/README.md)."})
    boolean trustRules;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    InputDirs dirs() {
        return new InputDirs(facts, rules, templates, trustRules ? RuleTrust.TRUSTED : RuleTrust.CHECKED);
    }
}
