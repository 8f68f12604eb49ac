package org.mizan.inference;

/**
 * Whether the code in the rule files is checked before it is compiled and run. A rule file is a program that runs
 * with the analyst's permissions, and analysts pass rule files to each other: by default (CHECKED) a rule may use
 * only the rule API and plain Java over its facts ({@link RuleTrustCheck}); TRUSTED (the option --trust-rules) lets
 * it use anything Java can, as an editor's "trust this workspace" does.
 */
public enum RuleTrust {
    CHECKED,
    TRUSTED
}
