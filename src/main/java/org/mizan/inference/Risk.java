package org.mizan.inference;

import java.util.List;

/**
 * A judgment as the rules infer it, before it is worded and graded: the catalogue gives its words, the rating table
 * its rating and the chain its confidence. {@code type} keys the catalogue (rules/risks.json); {@code subject} and
 * {@code object} are the actor ids its title may name (object may be null). By {@code kind}: a vulnerability has a
 * {@code strength} and an exposure ({@code impact}) and no likelihood (null); a risk and a contingency have the
 * likelihood the rule's default ({@code defaultLikelihood}) became after its {@code adjustments} (conditional on the
 * {@code trigger} for a contingency).
 */
public record Risk(String id, JudgmentKind kind, String type, String subject, String object, Likelihood likelihood,
                   Impact impact, Strength strength, Likelihood defaultLikelihood, List<Adjustment> adjustments,
                   Trigger trigger, String rule, List<String> because, List<String> context) implements Finding {

    public Risk {
        adjustments = List.copyOf(adjustments);
        because = List.copyOf(because);
        context = List.copyOf(context);
    }

    /** A plain risk at its rule's default likelihood. */
    public Risk(String id, String type, String subject, String object, Likelihood likelihood, Impact impact,
                String rule, List<String> because) {
        this(id, JudgmentKind.RISK, type, subject, object, likelihood, impact, null, likelihood, List.of(), null,
                rule, because, List.of());
    }
}
