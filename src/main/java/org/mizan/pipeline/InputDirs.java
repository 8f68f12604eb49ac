package org.mizan.pipeline;

import java.nio.file.Path;

import org.mizan.inference.RuleTrust;

/**
 * Where the user's editable inputs live (by default facts/, rules/ and templates/ in the working directory), and
 * whether the rule files' code is trusted: checked against the trust boundary unless the analyst said
 * --trust-rules.
 */
public record InputDirs(Path facts, Path rules, Path templates, RuleTrust ruleTrust) {

    /** These folders, the rules' code checked. */
    public InputDirs(Path facts, Path rules, Path templates) {
        this(facts, rules, templates, RuleTrust.CHECKED);
    }

    public static InputDirs defaults() {
        return new InputDirs(Path.of("facts"), Path.of("rules"), Path.of("templates"));
    }
}
