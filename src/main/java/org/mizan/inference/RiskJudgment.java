package org.mizan.inference;

import java.util.List;

import org.mizan.dossier.Text;

/**
 * A graded judgment as the brief and findings.json carry it: what it says, of which {@code kind}, about whom
 * ({@code subject}, {@code object}: actor or fact ids, object may be null), how likely (null
 * for a vulnerability; conditional for a contingency), how bad (impact, or a vulnerability's exposure), a
 * vulnerability's {@code strength}, a risk's {@code horizon}, where the likelihood comes from
 * ({@code likelihoodBasis}), a contingency's {@code trigger}, how sure we are and why. {@code confidenceReasons}
 * is the short reason for the confidence level. {@code indicators} are the signposts still to watch for;
 * {@code observed} those the dossier shows, each with the facts that show it and what it did to the judgment.
 */
public record RiskJudgment(String id, String type, JudgmentKind kind, String subject, String object, Text title,
                           Text summary, String category,
                           Likelihood likelihood, Impact impact, Strength strength, Rating rating, Horizon horizon,
                           LikelihoodBasis likelihoodBasis, TriggerAssessment trigger, Confidence confidence,
                           List<Text> confidenceReasons, List<Text> indicators, List<Text> assumptions,
                           String rule, List<String> because, List<String> context, List<Observation> observed)
        implements Finding {

    public RiskJudgment {
        observed = List.copyOf(observed);
        context = List.copyOf(context);
        confidenceReasons = List.copyOf(confidenceReasons);
        indicators = List.copyOf(indicators);
        assumptions = List.copyOf(assumptions);
        because = List.copyOf(because);
    }

    /** A judgment no signpost moved. */
    public RiskJudgment(String id, String type, JudgmentKind kind, String subject, String object, Text title,
                        Text summary, String category, Likelihood likelihood, Impact impact, Strength strength,
                        Rating rating, Horizon horizon, LikelihoodBasis likelihoodBasis, TriggerAssessment trigger,
                        Confidence confidence, List<Text> confidenceReasons, List<Text> indicators,
                        List<Text> assumptions, String rule, List<String> because, List<String> context) {
        this(id, type, kind, subject, object, title, summary, category, likelihood, impact, strength, rating, horizon,
                likelihoodBasis, trigger, confidence, confidenceReasons, indicators, assumptions, rule, because,
                context, List.of());
    }

    /**
     * Whether the event the judgment forecasts is itself reported (an observed signpost that settles it): the brief
     * says it has happened rather than forecasting it.
     */
    public boolean settled() {
        return observed.stream().anyMatch(Observation::settles);
    }

    /** A plain risk at its rule's default likelihood, with no horizon recorded (for callers that build one). */
    public RiskJudgment(String id, String type, Text title, Text summary, String category, Likelihood likelihood,
                        Impact impact, Rating rating, Confidence confidence, List<Text> confidenceReasons,
                        List<Text> indicators, List<Text> assumptions, String rule, List<String> because) {
        this(id, type, JudgmentKind.RISK, null, null, title, summary, category, likelihood, impact, null, rating, null,
                new LikelihoodBasis(likelihood, null, List.of(), List.of()), null, confidence, confidenceReasons, indicators,
                assumptions, rule, because, List.of());
    }

    /**
     * Only risks go on the likelihood x impact matrix: they are events with a horizon. A settled one has happened,
     * so it has no likelihood left to plot; the brief reports it as what happened.
     */
    public boolean onMatrix() {
        return kind == JudgmentKind.RISK && !settled();
    }
}
