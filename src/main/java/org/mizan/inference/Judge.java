package org.mizan.inference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
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
    private final Observables seen;
    private final ReasonGrounds grounds;

    Judge(RuleBase rules, Dossier dossier) {
        this(rules, dossier, Observables.of(dossier));
    }

    /** Judges with the signposts read from {@code seen}: the facts a session reasons on. */
    Judge(RuleBase rules, Dossier dossier, Observables seen) {
        this.rules = rules;
        this.dossier = dossier;
        this.names = new Names(dossier);
        this.seen = seen;
        this.grounds = new ReasonGrounds(dossier);
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
        for (Risk ruled : risks) {
            List<Observation> observed = rules.catalogue().wording(ruled.type())
                    .map(w -> Signposts.observe(ruled, w, seen)).orElse(List.of());
            Risk risk = moved(ruled, observed);
            Rating rating = risk == ruled ? ratingOf(risk, ratings.apply(risk.id()), problems) : rescaled(risk);
            judged.add(judgment(risk, rating, assessor.assess(risk), assessor.factsUnder(risk), observed, problems));
        }
        if (!problems.isEmpty()) {
            throw new InputException(problems.stream().distinct().toList());
        }
        return judged;
    }

    /**
     * The judgment as its observed signposts leave it: its likelihood (or a vulnerability's strength) moved by their
     * steps, and the facts that show them added to what it rests on. The id stays the rule's, so a label a reader
     * cites keeps its meaning when the news moves the judgment.
     */
    private static Risk moved(Risk risk, List<Observation> observed) {
        if (observed.isEmpty()) {
            return risk;
        }
        int steps = observed.stream().mapToInt(Observation::steps).sum();
        java.util.TreeSet<String> because = new java.util.TreeSet<>(risk.because());
        observed.forEach(o -> because.addAll(o.facts()));
        Likelihood likelihood = risk.likelihood() == null ? null : risk.likelihood().shifted(steps);
        Strength strength = risk.strength() == null ? null : Strength.values()[Math.max(0,
                Math.min(Strength.values().length - 1, risk.strength().ordinal() + steps))];
        return new Risk(risk.id(), risk.kind(), risk.type(), risk.subject(), risk.object(), likelihood,
                risk.impact(), strength, risk.defaultLikelihood(), risk.adjustments(), risk.trigger(), risk.rule(),
                List.copyOf(because), risk.context());
    }

    /** The rating table's word on a likelihood a signpost moved (the session rated the rule's likelihood). */
    private Rating rescaled(Risk risk) {
        return risk.kind() == JudgmentKind.VULNERABILITY ? VulnerabilityRating.of(risk.strength(), risk.impact())
                : rules.rating(risk.likelihood(), risk.impact());
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
                                  List<Fact> chain, List<Observation> observed, List<Problem> problems) {
        RiskWording w = rules.catalogue().wording(risk.type()).orElseThrow(() -> new IllegalStateException(
                "risk type " + risk.type() + " passed the catalogue check at compile time"));
        Horizon horizon = risk.kind() == JudgmentKind.RISK
                ? Horizon.after(dossier.cutOff(), w.horizonMonths()) : null;
        List<Text> watched = watched(w, observed, risk);
        List<Observation> seen = observed.stream().map(o -> new Observation(named(o.indicator(), risk), o.facts(),
                o.date(), o.source(), o.steps(), o.settles())).toList();
        return new RiskJudgment(risk.id(), risk.type(), risk.kind(), risk.subject(), risk.object(),
                RiskWording.headed(named(w.title(), risk)), named(w.summary(), risk), w.category(), risk.likelihood(),
                risk.impact(), risk.strength(), rating, horizon,
                basis(risk, w, chain, seen, problems), trigger(risk, w), confidence.level(), confidence.reasons(),
                watched, fill(w.assumptions(), risk), risk.rule(), risk.because(), risk.context(), seen);
    }

    /**
     * The default and each step, worded from the catalogue. A rule whose default differs from the one the
     * catalogue documents, or that names an adjustment the catalogue does not word, is reported.
     */
    private LikelihoodBasis basis(Risk risk, RiskWording w, List<Fact> chain, List<Observation> observed,
                                  List<Problem> problems) {
        if (!risk.kind().hasLikelihood()) {
            // A condition has no likelihood; what moved its strength is still said, step by step.
            return new LikelihoodBasis(null, null, List.of(), observed.stream().filter(o -> o.steps() != 0)
                    .map(o -> new LikelihoodBasis.Step(SIGNPOST, o.steps(), ObservedWording.step(o, false, names),
                            o.facts())).toList());
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
            steps.add(new LikelihoodBasis.Step(a.reason(), a.steps(), named(why, risk), a.because()));
        }
        for (Observation o : observed) {
            if (o.steps() != 0 || o.settles()) {
                steps.add(new LikelihoodBasis.Step(SIGNPOST, o.steps(), ObservedWording.step(o, true, names),
                        o.facts()));
            }
        }
        return new LikelihoodBasis(risk.defaultLikelihood(), named(w.defaultWhy(), risk),
                grounds.cites(risk, w.grounds(), chain, problems), steps);
    }

    /** The reason key of a step an observed signpost took (findings.json), beside the rules' own keys. */
    static final String SIGNPOST = "signpost-observed";

    /**
     * The indicators still to watch for: those no fact of the run shows, naming the judgment's parties. Matched
     * against the observations before the names go in, since an observation carries the catalogue's wording.
     */
    private List<Text> watched(RiskWording w, List<Observation> observed, Risk risk) {
        return fill(w.indicators().stream().filter(t -> observed.stream().noneMatch(o -> t.equals(o.indicator())))
                .toList(), risk);
    }

    /** Catalogue wordings with the judgment's parties named, so a signpost says "Russia", not "the power". */
    private List<Text> fill(List<Text> texts, Risk risk) {
        return texts.stream().map(t -> named(t, risk)).toList();
    }

    /** One catalogue wording with {subject} and {object} replaced by the judgment's parties. */
    private Text named(Text text, Risk risk) {
        return RiskWording.fill(text, names::of, risk.subject(), risk.object());
    }

    private TriggerAssessment trigger(Risk risk, RiskWording w) {
        if (risk.kind() != JudgmentKind.CONTINGENCY) {
            return null;
        }
        Trigger t = risk.trigger() == null ? Trigger.unassessed() : risk.trigger();
        return new TriggerAssessment(named(w.trigger(), risk), w.triggerHypothesis(), t.stance(), t.supporting(),
                t.opposing());
    }
}
