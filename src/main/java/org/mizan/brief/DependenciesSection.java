package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Fact;
import org.mizan.dossier.Support;
import org.mizan.inference.Dependency;

/**
 * Who depends on whom: in the body, the graph and the schematic map of the bases and oil fields; in a sheet of the
 * evidence workbook, the table giving each dependency's kind, strength and basis (a table of 18 rows took two
 * pages of the brief, and a reader who needs a tie's basis looks it up rather than reads it through).
 */
final class DependenciesSection {

    private DependenciesSection() {
    }

    static Section build(BriefContext ctx, String sheet) {
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        DependencyFigure.MostDependedOn most = DependencyFigure.mostDependedOn(ctx);
        if (most != null) {
            Map<String, Object> data = new HashMap<>();
            List<Dependency> all = ctx.input().findings().dependencies();
            int hidden = all.size() - ctx.dependencies().size();
            data.put("sheet", sheet);
            data.put("count", w.count(all.size(), "dependency"));
            data.put("actorCount", w.count(DependencyFigure.actorCount(ctx, all), "actor"));
            data.put("shown", w.number(ctx.dependencies().size()));
            data.put("hidden", w.number(hidden));
            data.put("someHidden", hidden > 0);
            data.put("mostDependedOn", ctx.names().inProse(most.id()));
            data.put("weight", w.number(most.weight()));
            w.paragraphs(Sentence.DEPENDENCIES, data).forEach(p -> blocks.add(Paragraph.body(p)));
            blocks.add(DependencyFigure.build(ctx));
        } else {
            // Said plainly: a section left empty would read as a page lost, not as a finding.
            blocks.add(Paragraph.body(w.label("none.dependencies")));
        }
        // Where the bases and oil fields the picture speaks of lie, if the dossier places any.
        MapFigure.build(ctx).ifPresent(map -> {
            blocks.add(Paragraph.body(w.label("map.intro")));
            blocks.add(map);
        });
        return new Section(Anchors.DEPENDENCIES, w.label("heading.dependencies"), 1, blocks, List.of());
    }

    /** The workbook's sheet: each shown dependency with its kind, strength and basis; empty without any. */
    static java.util.Optional<Sheet> sheet(BriefContext ctx) {
        if (ctx.dependencies().isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Sheet(ctx.wording().label(SHEET), table(ctx)));
    }

    /** The label naming the sheet, which the body's sentence names too. */
    static final String SHEET = "workbook.dependencies";

    private static Table table(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(""), Inlines.cell(w.label("column.dependent")),
                Inlines.cell(w.label("column.provider")), Inlines.cell(w.label("column.kind")),
                Inlines.cell(w.label("column.strength")), Inlines.cell(w.label("column.basis")));
        List<List<Cell>> rows = ctx.dependencies().stream().map(d -> row(ctx, d)).toList();
        return new Table(Anchors.DEPENDENCY_TABLE, w.label("caption.dependencies"),
                List.of(0.5, 1.4, 1.5, 1.6, 0.9, 3.4), header, rows);
    }

    private static List<Cell> row(BriefContext ctx, Dependency d) {
        Wording w = ctx.wording();
        Cell label = new Cell(Anchors.dependency(d.id()), Tone.NEUTRAL,
                List.of(Paragraph.of(ParagraphRole.BODY, Span.bold(ctx.label(d.id())))));
        return List.of(label, Inlines.cell(ctx.names().shortOf(d.dependent())),
                Inlines.cell(ctx.names().shortOf(d.provider())), Inlines.cell(kind(ctx, d)),
                Inlines.cell(Inlines.tone(d.strength()), Paragraph.body(w.word(d.strength()))),
                new Cell(null, Tone.NEUTRAL, Trail.basis(ctx, d)));
    }

    /**
     * The kind of tie, worded with the dossier's own narrower kinds of the support it rests on where it declares
     * them: "revenue security (protection of oil fields)". Rules match the broad kind; the reader gets the narrow one.
     */
    private static String kind(BriefContext ctx, Dependency d) {
        Wording w = ctx.wording();
        Map<String, Fact> facts = ctx.input().dossier().factsById();
        List<String> narrow = d.because().stream().map(facts::get).filter(f -> f instanceof Support)
                .map(f -> ((Support) f).type()).filter(t -> t.declared()).map(t -> t.label().in(w.language()))
                .distinct().toList();
        return narrow.isEmpty() ? w.word(d.kind()) : w.word(d.kind()) + " (" + String.join(", ", narrow) + ")";
    }
}
