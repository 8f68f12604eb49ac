package org.mizan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.mizan.inference.RuleTrust;
import org.mizan.pipeline.InputDirs;

import picocli.CommandLine.Option;

/**
 * The input folders every command reads, with the project's defaults. Rules and templates come in layers: the
 * shipped folders, the dossier folder's own rules/ and templates/, then each --rules / --templates folder.
 */
public final class InputOptions {

    @Option(names = "--facts", paramLabel = "DIR", description = "Dossier folder (default: ${DEFAULT-VALUE}); its own"
            + " rules/ and templates/, if any, add to the shipped ones and override them by name.")
    Path facts = Path.of("facts");

    @Option(names = "--update", paramLabel = "DIR", description = "Bring the dossier up to date with an update folder"
            + " (fact files headed \"update\", and their sources/): its sources and facts add to the dossier's"
            + " (repeatable, applied in order; facts/README.md).")
    List<Path> updates = new ArrayList<>();

    @Option(names = "--rules", paramLabel = "DIR", description = "Add a rules layer on top of the shipped rules and"
            + " the dossier's own: its files add rules, or replace the files of the same name (repeatable).")
    List<Path> rules = new ArrayList<>();

    @Option(names = "--templates", paramLabel = "DIR", description = "Add a templates layer on top of the shipped"
            + " templates and the dossier's own: its files replace those of the same name, its labels.json the keys"
            + " it defines (repeatable).")
    List<Path> templates = new ArrayList<>();

    @Option(names = "--shipped-rules", paramLabel = "DIR", description = "The bottom rules layer (default:"
            + " ${DEFAULT-VALUE}): give another folder to replace the shipped rules.")
    Path shippedRules = Path.of("rules");

    @Option(names = "--shipped-templates", paramLabel = "DIR", description = "The bottom templates layer (default:"
            + " ${DEFAULT-VALUE}): give another folder to replace the shipped templates.")
    Path shippedTemplates = Path.of("templates");

    // Off by default: a rule file passed on by a colleague is a program, and runs with the analyst's permissions.
    @Option(names = "--trust-rules", description = {"Trust the rule files: run their code unchecked, so that it may"
            + " use any Java (files, processes, the network).", "Without it a rule may use only the rule API and plain"
            + " Java over its facts (rules/README.md)."})
    boolean trustRules;

    @Option(names = "--verbose", description = "Print stack traces of internal errors.")
    boolean verbose;

    InputDirs dirs() {
        return new InputDirs(facts, shippedRules, shippedTemplates, rules, templates,
                trustRules ? RuleTrust.TRUSTED : RuleTrust.CHECKED, updates);
    }
}
