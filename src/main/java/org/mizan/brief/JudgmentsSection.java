package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.inference.JudgmentKind;
import org.mizan.inference.RiskJudgment;

/**
 * Bottom line up front and the key judgments, in ICD 203 wording: each judgment states its likelihood in one
 * paragraph and its confidence in the next, so the two never share a sentence.
 */
final class JudgmentsSection {

    private JudgmentsSection() {
    }

    static Section build(BriefContext ctx) {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(ParagraphRole.LEAD, Span.plain(bottomLine(ctx))));
        for (RiskJudgment risk : ctx.keyRisks()) {
            blocks.add(judgment(ctx, risk));
            blocks.add(confidence(ctx, risk));
        }
        return new Section(Anchors.JUDGMENTS, ctx.wording().label("heading.judgments"), 1, blocks, List.of());
    }

    /**
     * The gravest event (a risk, with its horizon) heads the bottom line; the gravest contingency follows as a
     * conditional with its trigger's assessment, never with a likelihood of its own.
     */
    private static String bottomLine(BriefContext ctx) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("dossier", TitleSection.title(ctx));
        data.put("date", w.date(ctx.input().dossier().newestSourceDate()));
        data.put("riskCount", w.number(ctx.input().findings().risks().size()));
        Optional<RiskJudgment> top = ctx.risks().stream().filter(r -> r.kind() == JudgmentKind.RISK).findFirst();
        data.put("hasRisk", top.isPresent());
        top.ifPresent(r -> {
            data.put("topLabel", ctx.label(r.id()));
            data.put("topRisk", w.prose(r.title()));
            data.putAll(JudgmentWording.grading(ctx, r));
        });
        Optional<RiskJudgment> contingency = ctx.risks().stream()
                .filter(r -> r.kind() == JudgmentKind.CONTINGENCY).findFirst();
        data.put("hasContingency", contingency.isPresent());
        contingency.ifPresent(r -> {
            data.put("contingencyLabel", ctx.label(r.id()));
            data.put("contingency", w.prose(r.title()));
            data.put("contingencyTrigger", JudgmentWording.trigger(ctx, r.trigger()));
        });
        DependencyFigure.MostDependedOn most = DependencyFigure.mostDependedOn(ctx);
        data.put("hasDependencies", most != null);
        if (most != null) {
            data.put("mostDependedOn", most.name());
            data.put("weight", w.number(most.weight()));
            data.put("dependencyCount", w.number(ctx.input().findings().dependencies().size()));
        }
        return w.sentence(Sentence.BOTTOM_LINE, data);
    }

    private static Paragraph judgment(BriefContext ctx, RiskJudgment risk) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>(JudgmentWording.grading(ctx, risk));
        data.put("label", Inlines.MARK);
        data.put("title", w.prose(risk.title()));
        data.put("summary", sentence(w.prose(risk.summary())));
        List<String> supporting = ctx.groups().supporting(risk.id()).stream().filter(ctx::shown)
                .sorted(java.util.Comparator.comparingInt(ctx::order)).map(ctx::label).toList();
        data.put("hasSupporting", !supporting.isEmpty());
        data.put("supporting", w.join(supporting));
        String text = w.sentence(Sentence.KEY_JUDGMENT, data);
        return new Paragraph(null, ParagraphRole.KEY_JUDGMENT, Inlines.withLink(text, riskLink(ctx, risk)));
    }

    /** The confidence level and its short reason, once per judgment, in a sentence of its own. */
    private static Paragraph confidence(BriefContext ctx, RiskJudgment risk) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("label", Inlines.MARK);
        data.put("confidence", w.word(risk.confidence()));
        List<String> reasons = risk.confidenceReasons().stream().map(t -> w.prose(t).strip()).toList();
        data.put("hasReasons", !reasons.isEmpty());
        data.put("reasons", sentence(String.join(w.label("list.strong-separator"), reasons)));
        String text = w.sentence(Sentence.CONFIDENCE, data);
        return new Paragraph(null, ParagraphRole.NOTE, Inlines.withLink(text, riskLink(ctx, risk)));
    }

    private static Link riskLink(BriefContext ctx, RiskJudgment risk) {
        return new Link(ctx.label(risk.id()), Anchors.risk(risk.id()));
    }

    /** Summaries and reasons come from the rules as phrases; a closing stop keeps each a sentence of its own. */
    private static String sentence(String phrase) {
        String s = phrase.strip();
        return s.isEmpty() || ".!?؟".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + ".";
    }
}
