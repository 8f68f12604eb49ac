package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.inference.Dependency;

/** Who depends on whom: the graph, then a table giving each dependency's kind, strength and basis. */
final class DependenciesSection {

    private DependenciesSection() {
    }

    static Section build(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        DependencyFigure.MostDependedOn most = DependencyFigure.mostDependedOn(ctx);
        if (most != null) {
            Map<String, Object> data = new HashMap<>();
            List<Dependency> all = ctx.input().findings().dependencies();
            int hidden = all.size() - ctx.dependencies().size();
            data.put("count", w.number(all.size()));
            data.put("actorCount", w.number(DependencyFigure.weights(all).size()));
            data.put("shown", w.number(ctx.dependencies().size()));
            data.put("hidden", w.number(hidden));
            data.put("someHidden", hidden > 0);
            data.put("mostDependedOn", most.name());
            data.put("weight", w.number(most.weight()));
            w.paragraphs(Sentence.DEPENDENCIES, data).forEach(p -> blocks.add(Paragraph.body(p)));
            blocks.add(DependencyFigure.build(ctx));
            blocks.add(table(ctx));
        }
        return new Section(Anchors.DEPENDENCIES, w.label("heading.dependencies"), 1, blocks, List.of());
    }

    private static Table table(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(""), Inlines.cell(w.label("column.dependent")),
                Inlines.cell(w.label("column.provider")), Inlines.cell(w.label("column.kind")),
                Inlines.cell(w.label("column.strength")), Inlines.cell(w.label("column.basis")));
        List<List<Cell>> rows = ctx.dependencies().stream().map(d -> row(ctx, d)).toList();
        return new Table(Anchors.DEPENDENCY_TABLE, w.label("caption.dependencies"),
                List.of(0.6, 1.6, 1.6, 1.6, 1.0, 2.2), header, rows);
    }

    private static List<Cell> row(BriefContext ctx, Dependency d) {
        Wording w = ctx.wording();
        Cell label = new Cell(Anchors.dependency(d.id()), Tone.NEUTRAL,
                List.of(Paragraph.of(ParagraphRole.BODY, Span.bold(ctx.label(d.id())))));
        return List.of(label, Inlines.cell(ctx.names().of(d.dependent())),
                Inlines.cell(ctx.names().of(d.provider())), Inlines.cell(w.word(d.kind())),
                Inlines.cell(Inlines.tone(d.strength()), Paragraph.body(w.word(d.strength()))),
                new Cell(null, Tone.NEUTRAL, Trail.basis(ctx, d)));
    }
}
