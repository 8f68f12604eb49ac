package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Event;
import org.mizan.dossier.Timeline;

/** A short timeline of the dossier's dated events, each linked to its evidence. */
final class BackgroundSection {

    private BackgroundSection() {
    }

    static Section build(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        List<Event> events = ctx.events();
        if (!events.isEmpty()) {
            // The count and the span are those of every dated event; the table may show only the newest of them,
            // and the sentence says so rather than pass the newest few off as all the sources date.
            List<Event> all = Timeline.order(ctx.input().dossier().facts(Event.class));
            Map<String, Object> data = new HashMap<>();
            data.put("count", w.count(all.size(), "event"));
            data.put("showsAll", events.size() == all.size());
            data.put("shown", w.number(events.size()));
            data.put("cutoff", w.date(ctx.input().dossier().cutOff()));
            data.put("first", w.partialDate(all.get(0).date()));
            data.put("last", w.partialDate(all.get(all.size() - 1).date()));
            w.paragraphs(Sentence.BACKGROUND, data).forEach(p -> blocks.add(Paragraph.body(p)));
            blocks.add(timeline(ctx, events));
        } else {
            blocks.add(Paragraph.body(w.label("none.background")));
        }
        return new Section(Anchors.BACKGROUND, w.label("heading.background"), 1, blocks, List.of());
    }

    private static Table timeline(BriefContext ctx, List<Event> events) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(w.label("column.date")), Inlines.cell(w.label("column.event")),
                Inlines.cell(w.label("word.cited-facts")));
        List<List<Cell>> rows = events.stream().map(e -> List.of(
                // A year the source does not give is the analyst's reading: say so beside it.
                Inlines.cell(w.partialDate(e.date()) + (e.inferredDate() ? " " + w.label("word.date-inferred") : "")),
                Inlines.cell(ctx.names().describe(e)),
                Inlines.cell(Tone.NEUTRAL, Paragraph.of(ParagraphRole.SMALL,
                        new Link(ctx.label(e.id()), Anchors.evidence(e.id())))))).toList();
        return new Table(Anchors.TIMELINE_TABLE, w.label("caption.timeline"), List.of(1.6, 5.0, 0.7), header,
                rows);
    }
}
