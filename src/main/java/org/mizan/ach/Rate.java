package org.mizan.ach;

import org.kie.api.runtime.rule.RuleContext;
import org.mizan.dossier.Fact;

/**
 * Builds ratings inside rules/ach.drl consequences, naming the rule so the matrix can say why. A rule states how
 * its evidence fits each trend once ({@link #byTrend}); the hypothesis's trend picks the rating.
 */
public final class Rate {

    private Rate() {
    }

    public static EvidenceRating of(RuleContext drools, Hypothesis hypothesis, Fact fact, Consistency consistency) {
        return new EvidenceRating(hypothesis.id(), fact.id(), consistency, drools.getRule().getName());
    }

    /**
     * The rating for the hypothesis's trend: {@code deepens} for a deepening presence, {@code drawdown} for a
     * drawdown, {@code breakdown} for a breakdown. Match only hypotheses whose trend is not OTHER.
     */
    public static EvidenceRating byTrend(RuleContext drools, Hypothesis hypothesis, Fact fact, Consistency deepens,
                                         Consistency drawdown, Consistency breakdown) {
        Consistency c = switch (hypothesis.trend()) {
            case PRESENCE_DEEPENS -> deepens;
            case DRAWDOWN -> drawdown;
            case PARTNERSHIP_BREAKS_DOWN -> breakdown;
            case OTHER -> throw new IllegalArgumentException("hypothesis " + hypothesis.id()
                    + " has no trend to rate by; match it by id and use Rate.of");
        };
        return of(drools, hypothesis, fact, c);
    }
}
