package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mizan.dossier.Text;

/**
 * The title block. Its words (title, subtitle with the newest source's date, marking) travel in Metadata, which
 * both renderers set at the top of the first page and in every page's header and footer; only a scenario adds a
 * section of its own, placed first so the first page says what was changed and how the judgments differ.
 */
final class TitleSection {

    private TitleSection() {
    }

    /** The scenario section, if the brief is a scenario. */
    static Optional<Section> scenario(BriefContext ctx) {
        return ctx.input().scenario() == null ? Optional.empty() : Optional.of(scenarioSection(ctx));
    }

    static String title(BriefContext ctx) {
        return ctx.wording().prose(ctx.input().dossier().title());
    }

    static String subtitle(BriefContext ctx) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        data.put("dossier", title(ctx));
        data.put("date", w.date(ctx.input().dossier().cutOff()));
        ScenarioNote scenario = ctx.input().scenario();
        data.put("isScenario", scenario != null);
        // A new dossier has no source yet, and so no cut-off to state.
        data.put("hasSources", !ctx.input().dossier().sources().isEmpty());
        data.put("scenario", scenario == null ? "" : w.prose(scenario.title()));
        org.mizan.dossier.Text reader = ctx.input().dossier().voice().reader();
        data.put("hasReader", reader != null);
        data.put("reader", reader == null ? "" : w.prose(reader));
        return w.sentence(Sentence.SUBTITLE, data);
    }

    private static Section scenarioSection(BriefContext ctx) {
        Wording w = ctx.wording();
        ScenarioNote note = ctx.input().scenario();
        List<Block> blocks = new ArrayList<>();
        Map<String, Object> data = Map.of("title", w.prose(note.title()), "description", w.prose(note.description()));
        w.paragraphs(Sentence.SCENARIO, data).forEach(p -> blocks.add(Paragraph.of(ParagraphRole.LEAD,
                Span.plain(p))));
        addList(blocks, w.label("word.scenario-changes"), note.changes(), w);
        addList(blocks, w.label("word.scenario-differences"), note.differences(), w);
        return new Section(Anchors.SCENARIO, w.label("heading.scenario"), 1, blocks, List.of());
    }

    private static void addList(List<Block> blocks, String heading, List<Text> items, Wording w) {
        if (items.isEmpty()) {
            return;
        }
        blocks.add(Paragraph.of(ParagraphRole.BODY, Span.bold(heading)));
        blocks.add(new BulletList(false, items.stream().map(t -> Paragraph.body(w.prose(t))).toList()));
    }
}
