package org.mizan.cli;

import java.nio.file.Path;

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

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    InputDirs dirs() {
        return new InputDirs(facts, rules, templates);
    }
}
