package org.mizan.inference;

import java.util.Set;

import org.mizan.dossier.Dossier;

/** The inference stage: every fact of a dossier through the rules, and back the graded findings. */
public final class Inference {

    private Inference() {
    }

    /**
     * Runs {@code rules} over {@code dossier} with the rules named in {@code switchedOffRules} held back.
     *
     * @throws IllegalArgumentException if a switched-off name is not a rule (callers validate against
     *                                  {@link RuleBase#ruleNames()} first)
     * @throws org.mizan.problem.InputException if a rule fails or will not stop firing
     */
    public static Findings run(RuleBase rules, Dossier dossier, Set<String> switchedOffRules) {
        try (Session session = Session.open(rules, switchedOffRules)) {
            session.insertDossier(dossier);
            session.fire();
            return session.findings(dossier);
        }
    }
}
