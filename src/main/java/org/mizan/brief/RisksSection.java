package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Text;
import org.mizan.inference.JudgmentKind;
import org.mizan.inference.RiskJudgment;

/**
 * The risks. In the body: the likelihood × impact matrix and its legend (each risk's label and title). In an
 * annex: the graded table with "why we judge this" and the confidence notes' letters, then indicators and key
 * assumptions per risk.
 */
final class RisksSection {

    private RisksSection() {
    }

    static Section build(BriefContext ctx, String annex) {
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        if (!ctx.risks().isEmpty()) {
            blocks.addAll(intro(ctx, annex));
            blocks.add(RiskFigure.build(ctx));
            blocks.add(legend(ctx));
        } else {
            blocks.add(Paragraph.body(w.label("none.risks")));
        }
        return new Section(Anchors.RISKS, w.label("heading.risks"), 1, blocks, List.of());
    }

    /**
     * The annex: every shown risk graded, why we judge it, what to watch and what we assume, one row each, so that
     * all that bears on a judgment is read in one place; empty without risks.
     */
    static java.util.Optional<Section> annex(BriefContext ctx, String title) {
        if (ctx.risks().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Section(Anchors.RISK_ANNEX, title, 1, List.of(table(ctx)), List.of(),
                Part.ANNEX));
    }

    /** Label, title, likelihood and impact of each risk on the matrix, one line each. */
    private static Table legend(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(""), Inlines.cell(w.label("column.risk")),
                Inlines.cell(w.label("column.likelihood")), Inlines.cell(w.label("column.impact")));
        // Only risks are on the matrix (a vulnerability has no likelihood, a contingency's is conditional).
        List<List<Cell>> rows = ctx.risks().stream().filter(RiskJudgment::onMatrix).map(r -> List.of(
                new Cell(null, Tone.NEUTRAL, List.of(Paragraph.of(ParagraphRole.BODY,
                        new Link(ctx.label(r.id()), Anchors.risk(r.id()))))),
                Inlines.cell(w.prose(r.title())), Inlines.cell(w.word(r.likelihood())),
                Inlines.cell(w.word(r.impact())))).toList();
        return new Table(Anchors.RISK_LEGEND, w.label("caption.legend"), List.of(0.4, 6.5, 1.0, 0.9), header, rows);
    }

    private static List<Paragraph> intro(BriefContext ctx, String annex) {
        Wording w = ctx.wording();
        int all = ctx.input().findings().risks().size();
        int hidden = all - ctx.risks().size();
        Map<String, Object> data = new HashMap<>();
        data.put("annex", annex);
        data.put("count", w.count(all, "judgment"));
        // "5 risks, 2 contingencies and 5 standing conditions": only the kinds present, so no "no risks" phrase.
        List<String> byKind = new ArrayList<>();
        Map<JudgmentKind, String> nouns = new LinkedHashMap<>();
        nouns.put(JudgmentKind.RISK, "risk");
        nouns.put(JudgmentKind.CONTINGENCY, "contingency");
        nouns.put(JudgmentKind.VULNERABILITY, "condition");
        nouns.forEach((kind, noun) -> {
            long n = ctx.input().findings().risks().stream().filter(r -> r.kind() == kind).count();
            if (n > 0) {
                byKind.add(w.count(n, noun));
            }
        });
        data.put("byKind", w.joinAnd(byKind));
        data.put("shown", w.number(ctx.risks().size()));
        data.put("hidden", w.number(hidden));
        data.put("someHidden", hidden > 0);
        return w.paragraphs(Sentence.RISKS, data).stream().map(Paragraph::body).toList();
    }

    /**
     * Two columns, so that the reasons run wide rather than down the page: the risk with its grading (rating,
     * likelihood, impact, confidence, one line each), and why we judge it, what would change it and what we
     * assume.
     */
    private static Table table(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(w.label("column.risk")), Inlines.cell(w.label("column.why")));
        List<List<Cell>> rows = ctx.risks().stream().map(r -> row(ctx, r)).toList();
        return new Table(Anchors.RISK_TABLE, w.label("caption.risks"), List.of(3.4, 6.6), header, rows);
    }

    private static List<Cell> row(BriefContext ctx, RiskJudgment r) {
        Wording w = ctx.wording();
        // Why: the chain and where the likelihood comes from. A contingency's trigger is assessed once, in the
        // body's section of contingencies, not again here. Then what to watch and what we assume.
        List<Paragraph> why = new ArrayList<>(Trail.basis(ctx, r));
        JudgmentWording.provenance(ctx, r).forEach(p -> why.add(Inlines.small(p)));
        // What the dossier already shows comes first, marked observed, then what is still to watch for.
        List<Text> signposts = new ArrayList<>(ObservedSignposts.texts(ctx, r));
        signposts.addAll(r.indicators());
        labelled(w, "heading.indicators", true, signposts).ifPresent(why::add);
        labelled(w, "heading.assumptions", false, r.assumptions()).ifPresent(why::add);
        List<Paragraph> grading = new ArrayList<>();
        grading.add(Paragraph.of(ParagraphRole.BODY, Span.bold(ctx.label(r.id()) + " "),
                Span.plain(w.prose(r.title()))));
        grading.add(Inlines.small(kindNote(ctx, r)));
        grading.add(Paragraph.of(ParagraphRole.BODY, Span.bold(w.word(r.rating()))));
        grading.addAll(likelihood(w, r));
        grading.add(Inlines.small(w.label("column.impact") + ": " + w.word(r.impact())));
        String letters = ConfidenceNotes.of(ctx).lettersOf(w, r);
        String confidence = w.label("column.confidence") + ": " + w.word(r.confidence());
        grading.add(letters.isEmpty() ? Inlines.small(confidence) : new Paragraph(null, ParagraphRole.SMALL,
                List.of(Span.plain(confidence + " (" + w.label("word.notes") + " "),
                        new Link(letters, Anchors.CONFIDENCE_NOTES), Span.plain(")"))));
        return List.of(new Cell(Anchors.risk(r.id()), Inlines.tone(r.rating()), grading),
                new Cell(null, Tone.NEUTRAL, why));
    }

    /** A risk's likelihood and range; a contingency's, marked conditional; a vulnerability's strength instead. */
    private static List<Paragraph> likelihood(Wording w, RiskJudgment r) {
        if (r.likelihood() == null) {
            return List.of(Inlines.small(w.label("column.strength") + ": " + w.word(r.strength())));
        }
        String range = Inlines.percent(w, r.likelihood().lowPercent(), r.likelihood().highPercent());
        String said = w.label("column.likelihood") + ": " + w.word(r.likelihood()) + " (" + range + ")";
        // A contingency's likelihood is conditional: the kind note above it already says "contingency".
        return List.of(Inlines.small(said));
    }

    /** The kind under the title, and a risk's horizon. */
    private static String kindNote(BriefContext ctx, RiskJudgment r) {
        Wording w = ctx.wording();
        return r.horizon() == null ? w.word(r.kind()) : w.word(r.kind()) + " — " + w.date(r.horizon().by());
    }

    /**
     * Signposts grouped by direction; assumptions as the sentences they are, each with its full stop ("first;
     * Second" capitalised a sentence inside a list).
     */
    private static String joined(Wording w, boolean signposts, List<String> items) {
        return signposts ? FrontSections.byDirection(w, items)
                : String.join(" ", items.stream().map(i -> i + ".").toList());
    }

    /** Items come from the rules as sentences; in a "first; second" list their full stops would double up. */
    private static String withoutStop(String item) {
        return item.strip().replaceAll("[.。]+$", "");
    }

    /** "Indicators to watch: first; second" under its label; signposts of one direction joined after it once. */
    private static java.util.Optional<Paragraph> labelled(Wording w, String labelKey, boolean signposts,
                                                          List<Text> items) {
        if (items.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Paragraph.of(ParagraphRole.SMALL, Span.bold(w.label(labelKey) + ": "),
                Span.plain(joined(w, signposts, items.stream().map(t -> withoutStop(w.prose(t))).toList()))));
    }
}
