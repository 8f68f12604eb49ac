package org.mizan.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;

/**
 * Every fact the brief relies on, with its Admiralty grade, how the source presents it, where it is in the
 * source and the excerpt as the source has it (Arabic excerpts stay Arabic in the English brief). Each row is
 * anchored {@code evidence-<factId>}, the target of every evidence link.
 */
final class EvidenceSection {

    private EvidenceSection() {
    }

    static Section build(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        Map<String, Object> data = Map.of("count", w.number(ctx.evidence().size()),
                "total", w.number(ctx.facts().size()));
        w.paragraphs(Sentence.EVIDENCE, data).forEach(p -> blocks.add(Paragraph.body(p)));
        if (!ctx.evidence().isEmpty()) {
            blocks.add(table(ctx));
        }
        return new Section(Anchors.SOURCES, w.label("heading.sources"), 1, blocks, List.of());
    }

    private static Table table(BriefContext ctx) {
        Wording w = ctx.wording();
        // How the source presents a fact qualifies its grade, so the two share a cell: a column of its own was
        // too narrow for words like "officially announced" in print.
        List<Cell> header = List.of(Inlines.cell(""), Inlines.cell(w.label("column.fact")),
                Inlines.cell(w.label("column.grade")), Inlines.cell(w.label("column.source")),
                Inlines.cell(w.label("column.excerpt")));
        List<List<Cell>> rows = ctx.evidence().stream().map(f -> row(ctx, f)).toList();
        return new Table(Anchors.EVIDENCE_TABLE, w.label("caption.evidence"), List.of(0.6, 2.4, 1.6, 1.2, 3.2),
                header, rows);
    }

    private static List<Cell> row(BriefContext ctx, Fact fact) {
        Wording w = ctx.wording();
        Evidence e = fact.evidence();
        Source source = ctx.input().dossier().source(e.source()).orElse(null);
        Reliability reliability = source == null ? Reliability.F : source.reliability();
        Cell label = new Cell(Anchors.evidence(fact.id()), Tone.NEUTRAL,
                List.of(Paragraph.of(ParagraphRole.BODY, Span.bold(ctx.label(fact.id())))));
        Cell what = Inlines.cell(Tone.NEUTRAL, Paragraph.body(ctx.names().describe(fact)),
                Inlines.small(fact.id()));
        Cell grade = Inlines.cell(Tone.NEUTRAL, Paragraph.of(ParagraphRole.BODY, Span.bold(grade(reliability,
                e.credibility()))), Inlines.small(w.word(reliability) + w.label("list.strong-separator")
                + w.label("credibility." + Math.max(1, Math.min(6, e.credibility())))),
                Inlines.small(w.label("column.attribution") + ": " + w.word(e.attribution())));
        return List.of(label, what, grade,
                Inlines.cell(Tone.NEUTRAL, Paragraph.body(publisher(ctx, source, e)),
                        Inlines.small(w.label("word.paragraph") + " " + w.number(e.paragraph()))),
                Inlines.cell(Tone.NEUTRAL, Paragraph.of(ParagraphRole.BODY, Span.plain(e.excerpt()))));
    }

    /** The Admiralty code as analysts write it everywhere, "C3", in both languages. */
    static String grade(Reliability reliability, int credibility) {
        return reliability.name().toUpperCase(Locale.ROOT) + credibility;
    }

    private static String publisher(BriefContext ctx, Source source, Evidence e) {
        if (source == null) {
            return e.source();
        }
        Wording w = ctx.wording();
        return source.publisher() == null ? e.source() : w.prose(source.publisher());
    }
}
