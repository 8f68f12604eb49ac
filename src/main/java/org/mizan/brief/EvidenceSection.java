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

    static Section build(BriefContext ctx, String title) {
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        Map<String, Object> data = Map.of("count", w.count(ctx.evidence().size(), "fact"),
                "total", w.count(ctx.facts().size(), "fact"), "method", ctx.annexTitle(Anchors.METHOD),
                "hasFacts", !ctx.facts().isEmpty());
        w.paragraphs(Sentence.EVIDENCE, data).forEach(p -> blocks.add(Paragraph.body(p)));
        if (!ctx.evidence().isEmpty()) {
            blocks.add(table(ctx));
        }
        return new Section(Anchors.SOURCES, title, 1, blocks, List.of(), Part.ANNEX);
    }

    /**
     * One row per fact: label, what it says (and its id, for the analyst who edits the dossier), grade and how
     * the source presents it, source and paragraph, excerpt. What the grade letters and digits mean is said once,
     * in the method note.
     */
    private static Table table(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(""), Inlines.cell(w.label("column.fact")),
                Inlines.cell(w.label("column.grade")), Inlines.cell(w.label("column.source")),
                Inlines.cell(w.label("column.excerpt")));
        List<List<Cell>> rows = ctx.evidence().stream().map(f -> row(ctx, f)).toList();
        return new Table(Anchors.EVIDENCE_TABLE, w.label("caption.evidence"), List.of(0.6, 2.6, 1.2, 1.0, 3.6),
                header, rows);
    }

    private static List<Cell> row(BriefContext ctx, Fact fact) {
        Wording w = ctx.wording();
        Evidence e = fact.evidence();
        Source source = ctx.input().dossier().source(e.source()).orElse(null);
        Reliability reliability = source == null ? Reliability.F : source.reliability();
        Cell label = new Cell(Anchors.evidence(fact.id()), Tone.NEUTRAL,
                List.of(Paragraph.of(ParagraphRole.BODY, Span.bold(ctx.label(fact.id())))));
        // The evidence's own label (a standalone noun phrase for what the excerpt says) where the dossier gives
        // one; else the fact's name or title.
        String own = e.label() == null ? null : e.label().in(w.language());
        String said = own == null || own.isBlank() ? ctx.names().describe(fact) : w.prose(own);
        Cell what = Inlines.cell(Tone.NEUTRAL, Paragraph.body(said), Inlines.small(fact.id()));
        Cell grade = Inlines.cell(Tone.NEUTRAL, Paragraph.of(ParagraphRole.BODY, Span.bold(grade(reliability,
                e.credibility()))), Inlines.small(w.word(e.attribution())
                + (fact.undated() ? w.label("list.separator") + w.label("word.undated") : "")));
        String where = w.label("word.paragraph") + " " + w.number(e.paragraph());
        Cell cited = ctx.input().dossier().sources().size() > 1
                ? Inlines.cell(Tone.NEUTRAL, Paragraph.body(publisher(ctx, source, e)), Inlines.small(where))
                : Inlines.cell(where);
        return List.of(label, what, grade, cited,
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
