package org.mizan.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Text;
import org.mizan.problem.DisplayPaths;
import org.mizan.problem.InputException;
import org.mizan.problem.Problem;
import org.mizan.problem.SourceLocation;

/**
 * Turns what the rules inferred into the judgments the brief carries: words from the catalogue, the rating from
 * the decision table, confidence from the chain, and the stable order findings.json promises.
 */
final class Judge {

    private final RuleBase rules;
    private final Dossier dossier;
    private final Names names;

    Judge(RuleBase rules, Dossier dossier) {
        this.rules = rules;
        this.dossier = dossier;
        this.names = new Names(dossier);
    }

    Findings judge(List<Dependency> dependencies, List<Risk> risks, List<RiskRating> ratings) {
        Map<String, Finding> byId = new HashMap<>();
        dependencies.forEach(d -> byId.put(d.id(), d));
        risks.forEach(r -> byId.put(r.id(), r));
        Map<String, Set<Rating>> rated = ratings.stream().collect(Collectors.groupingBy(RiskRating::riskId,
                Collectors.mapping(RiskRating::rating, Collectors.toSet())));
        List<RiskJudgment> judged = judgeRisks(risks, assessor(byId::get), id -> rated.getOrDefault(id, Set.of()));
        return new Findings(dependencies.stream().sorted(Findings.DEPENDENCY_ORDER).toList(),
                judged.stream().sorted(Findings.RISK_ORDER).toList());
    }

    /** Grades confidence walking the chain through {@code findings} (the finding of an id, or null). */
    ConfidenceAssessor assessor(Function<String, Finding> findings) {
        return new ConfidenceAssessor(dossier, findings, names);
    }

    /**
     * Words, rates and grades {@code risks} in their order; {@code ratings} gives the decision table's ratings of
     * a risk id. Every risk the table rates not once or disagrees on is reported at once.
     */
    List<RiskJudgment> judgeRisks(List<Risk> risks, ConfidenceAssessor assessor,
                                  Function<String, Set<Rating>> ratings) {
        List<Problem> problems = new ArrayList<>();
        List<RiskJudgment> judged = new ArrayList<>();
        for (Risk risk : risks) {
            Rating rating = ratingOf(risk, ratings.apply(risk.id()), problems);
            judged.add(judgment(risk, rating, assessor.assess(risk), problems));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems.stream().distinct().toList());
        }
        return judged;
    }

    private Rating ratingOf(Risk risk, Set<Rating> ratings, List<Problem> problems) {
        if (risk.kind() == JudgmentKind.VULNERABILITY) {
            return VulnerabilityRating.of(risk.strength(), risk.impact());
        }
        if (ratings.size() == 1) {
            return ratings.iterator().next();
        }
        String table = DisplayPaths.of(rules.ratingTable());
        String cell = "likelihood \"" + risk.likelihood().term() + "\" with impact " + risk.impact();
        problems.add(Problem.at(table, 0, 0, ratings.isEmpty()
                ? "no row rates " + cell + " (needed by rule \"" + risk.rule() + "\")"
                : "rows disagree on " + cell + ": " + ratings.stream().sorted().toList()));
        return Rating.LOW;
    }

    private RiskJudgment judgment(Risk risk, Rating rating, ConfidenceAssessor.Assessment confidence,
                                  List<Problem> problems) {
        RiskWording w = rules.catalogue().wording(risk.type()).orElseThrow(() -> new IllegalStateException(
                "risk type " + risk.type() + " passed the catalogue check at compile time"));
        Horizon horizon = risk.kind() == JudgmentKind.RISK
                ? Horizon.after(dossier.cutOff(), w.horizonMonths()) : null;
        return new RiskJudgment(risk.id(), risk.type(), risk.kind(), risk.subject(), risk.object(),
                RiskWording.fill(w.title(), names::of, risk.subject(), risk.object()),
                RiskWording.fill(w.summary(), names::of, risk.subject(), risk.object()),
                w.category(), risk.likelihood(), risk.impact(), risk.strength(), rating, horizon,
                basis(risk, w, problems), trigger(risk, w), confidence.level(), confidence.reasons(),
                w.indicators(), w.assumptions(), risk.rule(), risk.because(), risk.context());
    }

    /**
     * The default and each step, worded from the catalogue. A rule whose default differs from the one the
     * catalogue documents, or that names an adjustment the catalogue does not word, is reported.
     */
    private LikelihoodBasis basis(Risk risk, RiskWording w, List<Problem> problems) {
        if (!risk.kind().hasLikelihood()) {
            return new LikelihoodBasis(null, null, List.of());
        }
        SourceLocation catalogue = rules.catalogueEntry(risk.type());
        if (w.defaultLikelihood() != risk.defaultLikelihood()) {
            problems.add(new Problem(catalogue, "rule \"" + risk.rule() + "\" gives \"" + risk.type()
                    + "\" the default likelihood \"" + risk.defaultLikelihood().term() + "\", but the catalogue documents \""
                    + (w.defaultLikelihood() == null ? "none" : w.defaultLikelihood().term())
                    + "\": make them agree"));
        }
        List<LikelihoodBasis.Step> steps = new ArrayList<>();
        for (Adjustment a : risk.adjustments()) {
            Text why = w.adjustments().get(a.reason());
            if (why == null) {
                problems.add(new Problem(catalogue, "rule \"" + risk.rule() + "\" names adjustment \""
                        + a.reason() + "\" of \"" + risk.type() + "\", which has no wording under \"adjustments\""));
                why = new Text(a.reason(), a.reason());
            }
            steps.add(new LikelihoodBasis.Step(a.reason(), a.steps(), why, a.because()));
        }
        return new LikelihoodBasis(risk.defaultLikelihood(), w.defaultWhy(), steps);
    }

    private TriggerAssessment trigger(Risk risk, RiskWording w) {
        if (risk.kind() != JudgmentKind.CONTINGENCY) {
            return null;
        }
        Trigger t = risk.trigger() == null ? Trigger.unassessed() : risk.trigger();
        return new TriggerAssessment(RiskWording.fill(w.trigger(), names::of, risk.subject(), risk.object()),
                w.triggerHypothesis(), t.stance(), t.supporting(), t.opposing());
    }
}
