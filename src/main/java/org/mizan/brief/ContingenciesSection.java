package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.inference.JudgmentKind;
import org.mizan.inference.RiskJudgment;

/**
 * The judgments that are not events on the matrix, in the body (rules/README.md): each contingency as a
 * conditional ("If the trigger, then the consequence"), its likelihood labelled conditional and its trigger
 * assessed apart; then the standing conditions (vulnerabilities), which have a strength, never a likelihood. Each
 * label links to the judgment's row in the risks annex. No such judgments, no section.
 */
final class ContingenciesSection {

    private ContingenciesSection() {
    }

    static Optional<Section> build(BriefContext ctx) {
        Wording w = ctx.wording();
        List<RiskJudgment> contingencies = of(ctx, JudgmentKind.CONTINGENCY);
        List<RiskJudgment> conditions = of(ctx, JudgmentKind.VULNERABILITY);
        if (contingencies.isEmpty() && conditions.isEmpty()) {
            return Optional.empty();
        }
        List<Block> blocks = new ArrayList<>();
        if (!contingencies.isEmpty()) {
            blocks.add(Paragraph.body(w.label("contingencies.intro")));
            blocks.add(new BulletList(false, contingencies.stream().map(r -> item(ctx, r,
                    w.sentence(Sentence.CONTINGENCY, contingency(ctx, r)))).toList()));
        }
        List<Section> subsections = new ArrayList<>();
        if (!conditions.isEmpty()) {
            List<Block> standing = List.of(Paragraph.body(w.label("conditions.intro")),
                    new BulletList(false, conditions.stream().map(r -> item(ctx, r,
                            w.sentence(Sentence.CONDITION, condition(ctx, r)))).toList()));
            if (contingencies.isEmpty()) {
                blocks.addAll(standing);
            } else {
                subsections.add(new Section(Anchors.CONDITIONS, w.label("heading.conditions"), 2, standing,
                        List.of()));
            }
        }
        return Optional.of(new Section(Anchors.CONTINGENCIES, w.label("heading.contingencies"), 1, blocks,
                subsections));
    }

    private static List<RiskJudgment> of(BriefContext ctx, JudgmentKind kind) {
        return ctx.risks().stream().filter(r -> r.kind() == kind).toList();
    }

    /** "R1 If …, then … — very likely …": the label links to the judgment's row in the annex. */
    private static Paragraph item(BriefContext ctx, RiskJudgment r, String sentence) {
        return Paragraph.of(ParagraphRole.BODY, new Link(ctx.label(r.id()), Anchors.risk(r.id())),
                Span.plain(" " + sentence));
    }

    static Map<String, Object> contingency(BriefContext ctx, RiskJudgment r) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("title", w.prose(r.title()));
        data.put("likelihood", r.likelihood() == null ? "" : w.word(r.likelihood()));
        data.put("range", r.likelihood() == null ? ""
                : Inlines.percent(w, r.likelihood().lowPercent(), r.likelihood().highPercent()));
        data.put("impact", w.word(r.impact()));
        data.put("trigger", r.trigger() == null ? "" : JudgmentWording.trigger(ctx, r.trigger()));
        data.put("hasTrigger", r.trigger() != null);
        return data;
    }

    private static Map<String, Object> condition(BriefContext ctx, RiskJudgment r) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("title", w.prose(r.title()));
        data.put("strength", r.strength() == null ? "" : w.word(r.strength()));
        data.put("hasStrength", r.strength() != null);
        data.put("impact", w.word(r.impact()));
        return data;
    }
}
