package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.mizan.dossier.Fact;
import org.mizan.hinge.ChangeKind;
import org.mizan.hinge.Impact;
import org.mizan.hinge.Sensitivity;
import org.mizan.inference.RiskJudgment;

/**
 * "What our judgments hinge on": the facts the findings rest on most (from the sensitivity analysis), with
 * their grades and what falls or moves without them, then a flag for each key judgment that rests on a single
 * source or on a fact graded 3 or worse, saying what would no longer stand if that fact proved false.
 */
final class HingeSection {

    /** The table lists at most this many facts; the full ranking is `mizan sensitivity`. */
    static final int MAX_LINCHPINS = 5;

    private HingeSection() {
    }

    static Optional<Section> build(BriefContext ctx) {
        Sensitivity s = ctx.input().sensitivity();
        List<Impact> shown = s.facts().stream().filter(i -> ctx.facts().containsKey(i.removed()))
                .limit(MAX_LINCHPINS).toList();
        if (shown.isEmpty()) {
            return Optional.empty();
        }
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        Map<String, Object> data = new java.util.HashMap<>(Map.of("total", w.number(ctx.facts().size()),
                "count", w.number(s.facts().size()), "linchpins", w.number(s.linchpins().size()),
                "shown", w.number(shown.size()), "bounded", s.bounded()));
        if (s.bounded()) {
            data.put("tested", w.number(s.bound().factsTested()));
            data.put("judgments", w.number(s.bound().judgments()));
        }
        w.paragraphs(Sentence.HINGES, data).forEach(p -> blocks.add(Paragraph.body(p)));
        blocks.add(table(ctx, shown));
        List<Paragraph> flags = ctx.keyRisks().stream().map(r -> flag(ctx, r)).flatMap(Optional::stream).toList();
        if (!flags.isEmpty()) {
            blocks.add(new BulletList(false, flags));
        }
        return Optional.of(new Section(Anchors.HINGES, w.label("heading.hinges"), 1, blocks, List.of()));
    }

    private static Table table(BriefContext ctx, List<Impact> impacts) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(w.label("column.fact")), Inlines.cell(w.label("column.grade")),
                Inlines.cell(w.label("column.without")), Inlines.cell(w.label("column.changes")));
        List<List<Cell>> rows = impacts.stream().map(i -> row(ctx, i)).toList();
        return new Table(Anchors.HINGE_TABLE, w.label("caption.hinges"), List.of(3.8, 1.4, 1.3, 1.3), header, rows);
    }

    private static List<Cell> row(BriefContext ctx, Impact i) {
        Fact fact = ctx.facts().get(i.removed());
        List<String> moved = Stream.concat(i.risks(ChangeKind.REGRADED).stream(), i.risks(ChangeKind.GAINED).stream())
                .toList();
        List<Inline> changes = new ArrayList<>(FactCells.riskLinks(ctx, moved));
        i.dependencies(ChangeKind.LOST).stream().filter(ctx::shown).forEach(d -> {
            changes.add(Span.plain(changes.isEmpty() ? "" : ctx.wording().label("list.separator")));
            changes.add(Span.plain(ctx.label(d)));
        });
        return List.of(FactCells.name(ctx, fact), FactCells.grade(ctx, fact),
                cellOf(FactCells.riskLinks(ctx, i.risks(ChangeKind.LOST))), cellOf(changes));
    }

    private static Cell cellOf(List<Inline> inlines) {
        List<Inline> content = inlines.isEmpty() ? List.of(Span.plain("—")) : inlines;
        return new Cell(null, Tone.NEUTRAL, List.of(new Paragraph(null, ParagraphRole.BODY, content)));
    }

    /** The weakest fact a key judgment cannot stand without, if the judgment is fragile; empty if it is not. */
    private static Optional<Paragraph> flag(BriefContext ctx, RiskJudgment risk) {
        Sensitivity s = ctx.input().sensitivity();
        Optional<Fact> weakest = s.linchpinsOf(risk.id()).stream().map(ctx.facts()::get)
                .max(java.util.Comparator.comparingInt((Fact f) -> f.evidence().credibility()));
        boolean singleSource = ctx.trail().factsBehind(List.of(risk.id())).stream().map(ctx.facts()::get)
                .map(f -> f.evidence().source()).distinct().count() == 1;
        if (weakest.isEmpty() || !singleSource && weakest.get().evidence().credibility() < FactCells.WEAK_CREDIBILITY) {
            return Optional.empty();
        }
        return Optional.of(sentence(ctx, risk, weakest.get(), singleSource));
    }

    private static Paragraph sentence(BriefContext ctx, RiskJudgment risk, Fact fact, boolean singleSource) {
        Wording w = ctx.wording();
        List<String> falls = ctx.input().sensitivity().facts().stream().filter(i -> i.removed().equals(fact.id()))
                .flatMap(i -> i.risks(ChangeKind.LOST).stream()).map(ctx::label).toList();
        Map<String, Object> data = new HashMap<>();
        data.put("label", Inlines.MARK);
        data.put("fact", ctx.names().describe(fact));
        data.put("attribution", w.word(fact.evidence().attribution()));
        data.put("grade", FactCells.code(ctx, fact));
        data.put("credibility", FactCells.credibility(w, fact.evidence()));
        data.put("singleSource", singleSource);
        data.put("falls", w.join(falls));
        String text = w.sentence(Sentence.HINGE_FLAG, data);
        return new Paragraph(null, ParagraphRole.BODY,
                Inlines.withLink(text, new Link(ctx.label(risk.id()), Anchors.risk(risk.id()))));
    }
}
