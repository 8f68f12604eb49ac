package org.mizan.inference;

import java.util.List;

import org.mizan.dossier.Text;

/**
 * Where a likelihood comes from: the rule's default (documented with its reason in rules/risks.json, with the ids of
 * the facts the reason states, {@code defaultCites}) and each step facts moved it, with the facts that did. Empty
 * for a vulnerability, which has no likelihood.
 */
public record LikelihoodBasis(Likelihood ruleDefault, Text defaultWhy, List<String> defaultCites, List<Step> steps) {

    /** One adjustment: {@code steps} up or down, why, and the ids of the facts that made it. */
    public record Step(String reason, int steps, Text why, List<String> because) {

        public Step {
            because = List.copyOf(because);
        }
    }

    public LikelihoodBasis {
        defaultCites = List.copyOf(defaultCites);
        steps = List.copyOf(steps);
    }

    /** Whether the likelihood is the rule's default, untouched by any fact. */
    public boolean isDefault() {
        return steps.isEmpty();
    }
}
