package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

    private static String bottomLine(BriefContext ctx) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("dossier", TitleSection.title(ctx));
        data.put("date", w.date(ctx.input().dossier().newestSourceDate()));
        data.put("riskCount", w.number(ctx.input().findings().risks().size()));
        data.put("hasRisk", !ctx.risks().isEmpty());
        if (!ctx.risks().isEmpty()) {
            RiskJudgment top = ctx.risks().get(0);
            data.put("topLabel", ctx.label(top.id()));
            data.put("topRisk", w.prose(top.title()));
            data.putAll(grading(w, top));
        }
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
        Map<String, Object> data = new HashMap<>(grading(w, risk));
        data.put("label", Inlines.MARK);
        data.put("title", w.prose(risk.title()));
        data.put("summary", sentence(w.prose(risk.summary())));
        String text = w.sentence(Sentence.KEY_JUDGMENT, data);
        return new Paragraph(null, ParagraphRole.KEY_JUDGMENT, Inlines.withLink(text, riskLink(ctx, risk)));
    }

    private static Paragraph confidence(BriefContext ctx, RiskJudgment risk) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("label", Inlines.MARK);
        data.put("confidence", w.word(risk.confidence()));
        List<String> reasons = risk.confidenceReasons().stream().map(t -> sentence(w.prose(t))).toList();
        data.put("hasReasons", !reasons.isEmpty());
        data.put("reasons", String.join(" ", reasons));
        String text = w.sentence(Sentence.CONFIDENCE, data);
        return new Paragraph(null, ParagraphRole.NOTE, Inlines.withLink(text, riskLink(ctx, risk)));
    }

    static Map<String, Object> grading(Wording w, RiskJudgment risk) {
        return Map.of("likelihood", w.word(risk.likelihood()),
                "low", w.number(risk.likelihood().lowPercent()),
                "high", w.number(risk.likelihood().highPercent()),
                "impact", w.word(risk.impact()),
                "rating", w.word(risk.rating()));
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
