package org.mizan.brief;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.ach.AchResult;
import org.mizan.ach.TrendStanding;
import org.mizan.inference.JudgmentKind;
import org.mizan.inference.LikelihoodBasis;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.TriggerAssessment;
import org.mizan.inference.TriggerStance;

/**
 * How each kind of judgment is said (rules/README.md): a risk with its likelihood and its horizon, a contingency
 * with its likelihood labelled conditional and its trigger's own assessment (the dossier's, and the competing
 * hypotheses'), a vulnerability with its strength and exposure and no likelihood. The template data for the key
 * judgments, the bottom line and the risk table, in one place so they cannot drift apart.
 */
final class JudgmentWording {

    private JudgmentWording() {
    }

    /** The kind flags and grades a judgment template may use. */
    static Map<String, Object> grading(BriefContext ctx, RiskJudgment r) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("isRisk", r.kind() == JudgmentKind.RISK);
        data.put("isContingency", r.kind() == JudgmentKind.CONTINGENCY);
        data.put("isVulnerability", r.kind() == JudgmentKind.VULNERABILITY);
        data.put("impact", w.word(r.impact()));
        data.put("rating", w.word(r.rating()));
        if (r.likelihood() != null) {
            data.put("likelihood", w.word(r.likelihood()));
            data.put("low", w.number(r.likelihood().lowPercent()));
            data.put("high", w.number(r.likelihood().highPercent()));
        }
        // A likelihood no reported fact moved from its type's usual value is marked where it is stated
        // (rules/README.md): the reader weighs it as a starting point, not as the dossier's verdict.
        data.put("atDefault", r.likelihood() != null && r.likelihoodBasis() != null
                && r.likelihoodBasis().ruleDefault() != null && r.likelihoodBasis().isDefault());
        if (r.horizon() != null) {
            data.put("horizon", w.date(r.horizon().by()));
        }
        if (r.strength() != null) {
            data.put("strength", w.word(r.strength()));
        }
        if (r.trigger() != null) {
            data.put("trigger", trigger(ctx, r.trigger()));
        }
        return data;
    }

    /** What the dossier and the competing hypotheses say of a contingency's trigger, as one sentence. */
    static String trigger(BriefContext ctx, TriggerAssessment t) {
        Wording w = ctx.wording();
        AchResult ach = ctx.input().ach();
        Map<String, Object> data = new HashMap<>();
        data.put("event", t.event() == null ? "" : w.prose(t.event()));
        data.put("reported", t.stance() == TriggerStance.REPORTED);
        data.put("denied", t.stance() == TriggerStance.DENIED);
        data.put("contested", t.stance() == TriggerStance.CONTESTED);
        data.put("notReported", t.stance() == TriggerStance.NOT_REPORTED);
        Optional<TrendStanding> standing = ach.standing(t.hypothesisTrend());
        data.put("hasStanding", standing.isPresent());
        standing.ifPresent(s -> {
            data.put("hypothesis", HypothesesSection.name(ach, s.hypothesis(), w));
            data.put("mostContradicted", s.tested() && s.mostContradicted());
            data.put("leastContradicted", s.tested() && s.leastContradicted());
            data.put("middle", s.tested() && !s.mostContradicted() && !s.leastContradicted());
            data.put("untested", !s.tested());
            data.put("tied", s.tiedWith() > 0);
        });
        boolean weighed = standing.map(TrendStanding::tested).orElse(false);
        data.put("unassessed", t.stance() == TriggerStance.NOT_REPORTED && !weighed);
        return w.sentence(Sentence.TRIGGER, data);
    }

    /**
     * Where the likelihood comes from, for "why we judge this": the rule's default, or the default and each step
     * facts moved it. Empty for a vulnerability.
     */
    static List<String> provenance(BriefContext ctx, RiskJudgment r) {
        LikelihoodBasis b = r.likelihoodBasis();
        if (b == null) {
            return List.of();
        }
        Wording w = ctx.wording();
        if (b.ruleDefault() == null) {
            // A condition: no likelihood, but an observed signpost that moved its strength is named.
            return b.steps().stream().map(s -> cited(ctx, w.prose(s.why()), s.because())).toList();
        }
        Map<String, Object> data = new HashMap<>();
        data.put("default", w.word(b.ruleDefault()));
        data.put("isDefault", b.isDefault());
        data.put("why", b.defaultWhy() == null ? "" : cited(ctx, w.prose(b.defaultWhy()), b.defaultCites()));
        data.put("hasWhy", b.defaultWhy() != null);
        data.put("steps", String.join(" ", b.steps().stream()
                .map(s -> cited(ctx, w.prose(s.why()), s.because())).toList()));
        return List.of(w.sentence(Sentence.LIKELIHOOD_BASIS, data));
    }

    /**
     * A reason with the labels of the facts it states, before its full stop ("... running costs (E33, E41)."):
     * every reason the brief gives for a likelihood names its grounds (rules/README.md); what it cannot ground is
     * among the key assumptions. Facts the brief does not list are left out of the labels.
     */
    static String cited(BriefContext ctx, String reason, List<String> ids) {
        List<String> labels = ids.stream().filter(ctx::shown).sorted(java.util.Comparator.comparingInt(ctx::order))
                .map(ctx::label).distinct().toList();
        if (labels.isEmpty()) {
            return reason;
        }
        String cites = " (" + String.join(ctx.wording().label("list.separator"), labels) + ")";
        String stripped = reason.stripTrailing();
        return stripped.endsWith(".") ? stripped.substring(0, stripped.length() - 1) + cites + "."
                : stripped + cites;
    }
}
