package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Language;
import org.mizan.dossier.Text;

/** The title block: title, what the brief rests on and when, the marking, and, for a scenario, what changed. */
final class TitleSection {

    private TitleSection() {
    }

    static Section build(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        blocks.add(Paragraph.of(ParagraphRole.NOTE, Span.bold(w.label("marking"))));
        blocks.add(Paragraph.of(ParagraphRole.LEAD, Span.plain(subtitle(ctx))));
        List<Section> subsections = ctx.input().scenario() == null ? List.of() : List.of(scenario(ctx));
        return new Section(Anchors.TITLE, title(ctx), 1, blocks, subsections);
    }

    static String title(BriefContext ctx) {
        return ctx.input().dossier().title().in(ctx.wording().language());
    }

    static String subtitle(BriefContext ctx) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("dossier", title(ctx));
        data.put("date", w.date(ctx.input().dossier().newestSourceDate()));
        ScenarioNote scenario = ctx.input().scenario();
        data.put("isScenario", scenario != null);
        data.put("scenario", scenario == null ? "" : scenario.title().in(w.language()));
        return w.sentence(Sentence.SUBTITLE, data);
    }

    private static Section scenario(BriefContext ctx) {
        Wording w = ctx.wording();
        Language lang = w.language();
        ScenarioNote note = ctx.input().scenario();
        List<Block> blocks = new ArrayList<>();
        Map<String, Object> data = Map.of("title", note.title().in(lang),
                "description", note.description() == null ? "" : note.description().in(lang));
        w.paragraphs(Sentence.SCENARIO, data).forEach(p -> blocks.add(Paragraph.of(ParagraphRole.LEAD,
                Span.plain(p))));
        addList(blocks, w.label("word.scenario-changes"), note.changes(), lang);
        addList(blocks, w.label("word.scenario-differences"), note.differences(), lang);
        return new Section(Anchors.SCENARIO, w.label("heading.scenario"), 2, blocks, List.of());
    }

    private static void addList(List<Block> blocks, String heading, List<Text> items, Language lang) {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(Paragraph.of(ParagraphRole.BODY, Span.bold(heading)));
        blocks.add(new BulletList(false, items.stream().map(t -> Paragraph.body(t.in(lang))).toList()));
    }
}
