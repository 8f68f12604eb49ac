package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.mizan.ach.AchResult;
import org.mizan.ach.Consistency;
import org.mizan.ach.Hypothesis;
import org.mizan.ach.HypothesisScore;
import org.mizan.ach.Item;
import org.mizan.dossier.Fact;

/**
 * Competing hypotheses (Heuer's ACH): which hypothesis the evidence contradicts least and whether that holds
 * without the least credible items, the hypotheses with their weighted inconsistency, and the matrix of evidence
 * against hypotheses with the diagnostic items marked. No likelihood and no confidence words: ACH ranks by
 * contradiction, it does not estimate probability (ICD 203).
 */
final class HypothesesSection {

    /** The label naming the workbook's sheet of the matrix, which the body's sentence names too. */
    static final String SHEET = "workbook.hypotheses";

    private HypothesesSection() {
    }

    static Optional<Section> build(BriefContext ctx) {
        AchResult ach = ctx.input().ach();
        if (ach.isEmpty()) {
            return Optional.empty();
        }
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        w.paragraphs(Sentence.HYPOTHESES, intro(ctx, ach)).forEach(p -> blocks.add(Paragraph.body(p)));
        blocks.add(scores(ctx, ach));
        return Optional.of(new Section(Anchors.HYPOTHESES, w.label("heading.hypotheses"), 1, blocks, List.of()));
    }

    /**
     * The workbook's sheet: the evidence × hypotheses matrix, every item, with the diagnostic items marked; empty
     * without items. A sheet sorts and filters what two pages of the brief could only list.
     */
    static Optional<Sheet> sheet(BriefContext ctx) {
        AchResult ach = ctx.input().ach();
        if (ach.isEmpty() || ach.items().isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Sheet(ctx.wording().label(SHEET), matrix(ctx, ach)));
    }

    private static Map<String, Object> intro(BriefContext ctx, AchResult ach) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("sheet", ctx.sheetName(SHEET));
        data.put("count", w.count(ach.hypotheses().size(), "hypothesis"));
        data.put("items", w.count(ach.items().size(), "item"));
        data.put("diagnostic", w.number(ach.diagnostic().size()));
        data.put("hasLeader", ach.leader().isPresent());
        data.put("leader", ach.leader().flatMap(ach::hypothesis).map(h -> label(ach, h, w) + " ("
                + w.prose(h.title()) + ")").orElse(""));
        data.put("hasDropped", !ach.dropped().isEmpty());
        data.put("dropped", w.number(ach.dropped().size()));
        data.put("droppedGrade", w.number(ach.droppedCredibility()));
        data.put("droppedWord", ach.droppedCredibility() == 0 ? ""
                : w.label("credibility." + ach.droppedCredibility()));
        data.put("flips", ach.flips());
        // What exactly holds without the weakest items: the whole order, or only its first place.
        data.put("wholeOrderHolds", ach.tiers().equals(ach.tiersWithoutDropped()));
        data.put("hasUndated", !ach.undated().isEmpty());
        data.put("undated", w.number(ach.undated().size()));
        data.put("orderWithout", orderWithout(ach, w));
        long clusters = ach.items().stream().map(Item::cluster).distinct().count();
        data.put("hasClusters", clusters < ach.items().size());
        data.put("clusters", w.number(clusters));
        data.put("clustered", w.number(ach.items().stream().filter(i -> i.share() < 1.0).count()));
        reconcile(ctx, ach, data);
        return data;
    }

    /** "H3 (Drawdown hands security …)": how the judgments name a hypothesis. */
    static String name(AchResult ach, Hypothesis h, Wording w) {
        return label(ach, h, w) + " (" + w.prose(h.title()) + ")";
    }

    /**
     * The order once the least credible items are dropped, ties joined: "H1; H2 = H3", the tiers separated by the
     * language's strong separator.
     */
    private static String orderWithout(AchResult ach, Wording w) {
        return String.join(w.label("list.strong-separator"), ach.tiersWithoutDropped().stream()
                .map(tier -> String.join(" = ", tier.stream()
                        .map(id -> label(ach, ach.hypothesis(id).orElseThrow(), w)).toList())).toList());
    }

    /**
     * The data of the sentence that reconciles the key judgments with the competing hypotheses: a contingency's
     * trigger is placed among them; otherwise the key judgments rest on the facts, not on any hypothesis, and the
     * sentence says so beside the least contradicted one.
     */
    private static void reconcile(BriefContext ctx, AchResult ach, Map<String, Object> data) {
        Wording w = ctx.wording();
        List<org.mizan.inference.RiskJudgment> hanging = ctx.keyRisks().stream()
                .filter(r -> r.trigger() != null && ach.standing(r.trigger().hypothesisTrend())
                        .map(org.mizan.ach.TrendStanding::tested).orElse(false)).toList();
        data.put("hasReconcile", !hanging.isEmpty());
        data.put("hasIndependent", hanging.isEmpty() && !ctx.keyRisks().isEmpty());
        data.put("keyLabels", w.join(ctx.keyRisks().stream().map(r -> ctx.label(r.id())).toList()));
        if (!hanging.isEmpty()) {
            org.mizan.ach.TrendStanding standing = ach.standing(hanging.get(0).trigger().hypothesisTrend())
                    .orElseThrow();
            data.put("reconcileLabels", w.join(hanging.stream().map(r -> ctx.label(r.id())).toList()));
            data.put("reconcileHypothesis", name(ach, standing.hypothesis(), w));
            data.put("reconcileMost", standing.mostContradicted());
        }
    }

    /** "H1": hypotheses are labelled in the order the analysts wrote them, whatever their rank. */
    private static String label(AchResult ach, Hypothesis h, Wording w) {
        return w.label("prefix.hypothesis") + w.number(ach.hypotheses().indexOf(h) + 1L);
    }

    private static Table scores(BriefContext ctx, AchResult ach) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(w.label("column.hypothesis")),
                Inlines.cell(w.label("column.inconsistency")), Inlines.cell(w.label("column.inconsistent-items")));
        List<List<Cell>> rows = ach.ranking().stream().map(s -> scoreRow(ach, s, w)).toList();
        return new Table(Anchors.HYPOTHESES_TABLE, w.label("caption.hypotheses"), List.of(4.0, 1.3, 1.3), header,
                rows);
    }

    private static List<Cell> scoreRow(AchResult ach, HypothesisScore s, Wording w) {
        Hypothesis h = ach.hypothesis(s.hypothesis()).orElseThrow();
        Cell what = Inlines.cell(Tone.NEUTRAL, Paragraph.of(ParagraphRole.BODY, Span.bold(label(ach, h, w) + " "),
                Span.plain(w.prose(h.title()))), Inlines.small(w.prose(h.statement())));
        if (!s.tested()) {
            return List.of(what, Inlines.cell("—"), Inlines.cell("—"));
        }
        return List.of(what, Inlines.cell(decimal(w, s.inconsistency())),
                Inlines.cell(w.number(s.inconsistentItems())));
    }

    private static Table matrix(BriefContext ctx, AchResult ach) {
        Wording w = ctx.wording();
        List<Cell> header = new ArrayList<>(List.of(Inlines.cell(w.label("column.evidence")),
                Inlines.cell(w.label("column.grade"))));
        ach.hypotheses().forEach(h -> header.add(Inlines.cell(label(ach, h, w))));
        header.add(Inlines.cell(w.label("column.diagnostic")));
        List<Double> weights = new ArrayList<>(List.of(2.6, 1.5));
        ach.hypotheses().forEach(h -> weights.add(1.2));
        weights.add(1.0);
        List<List<Cell>> rows = ach.items().stream().map(i -> matrixRow(ctx, ach, i)).toList();
        return new Table(Anchors.ACH_MATRIX, w.label("caption.ach-matrix"), weights, header, rows);
    }

    private static List<Cell> matrixRow(BriefContext ctx, AchResult ach, Item item) {
        Wording w = ctx.wording();
        Fact fact = ctx.facts().get(item.fact());
        List<Cell> row = new ArrayList<>(List.of(FactCells.name(ctx, fact), FactCells.grade(ctx, fact)));
        ach.hypotheses().forEach(h -> {
            Consistency c = item.against(h.id());
            row.add(item.rated(h.id()) ? Inlines.cell(tone(c), Paragraph.body(w.word(c))) : Inlines.cell("—"));
        });
        boolean diagnostic = ach.isDiagnostic(item.fact());
        row.add(Inlines.cell(Tone.NEUTRAL, Paragraph.of(ParagraphRole.BODY,
                diagnostic ? Span.bold(w.label("word.yes")) : Span.plain("—"))));
        return row;
    }

    private static Tone tone(Consistency c) {
        return switch (c) {
            case INCONSISTENT -> Tone.MEDIUM;
            case VERY_INCONSISTENT -> Tone.HIGH;
            default -> Tone.NEUTRAL;
        };
    }

    /** Two decimals in the language's digits and decimal sign (٫ in Arabic). */
    private static String decimal(Wording w, double x) {
        String s = String.format(Locale.ROOT, "%.2f", x);
        return w.prose(w.language().rightToLeft() ? s.replace('.', '٫') : s);
    }
}
