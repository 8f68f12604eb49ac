package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;
import org.mizan.dossier.Text;
import org.mizan.inference.RiskJudgment;

/**
 * The front end after the key judgments: what would change our view (the signposts the key judgments name, at
 * most {@link #MAX_SIGNPOSTS}, taken in turn from each judgment so every one is covered), and the source summary
 * statement (who the sources are, the cut-off) with each source's full citation and vantage point.
 */
final class FrontSections {

    static final int MAX_SIGNPOSTS = 5;

    private FrontSections() {
    }

    static java.util.Optional<Section> signposts(BriefContext ctx) {
        Wording w = ctx.wording();
        Map<String, List<String>> chosen = new java.util.LinkedHashMap<>();
        Set<String> said = new LinkedHashSet<>();
        // Signposts the dossier already shows are news, not something to watch for: each is listed, observed,
        // before the ones still awaited, and none counts against their limit.
        for (RiskJudgment r : ctx.keyRisks()) {
            ObservedSignposts.lines(ctx, r).forEach(line -> {
                if (said.add(line)) {
                    chosen.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(line);
                }
            });
        }
        int count = 0;
        int round = 0;
        boolean more = true;
        while (count < MAX_SIGNPOSTS && more) {
            more = false;
            for (RiskJudgment r : ctx.keyRisks()) {
                if (round < r.indicators().size() && count < MAX_SIGNPOSTS) {
                    more = true;
                    String text = w.prose(r.indicators().get(round));
                    if (said.add(text)) {
                        chosen.computeIfAbsent(r.id(), k -> new ArrayList<>()).add(text);
                        count++;
                    }
                }
            }
            round++;
        }
        // One item per key judgment, in their order, its signposts grouped under their direction ("Would raise
        // it: a; b. Would lower it: c."): a reader scans by judgment, and no label is repeated.
        List<Paragraph> items = new ArrayList<>();
        for (RiskJudgment r : ctx.keyRisks()) {
            List<String> texts = chosen.get(r.id());
            if (texts != null) {
                items.add(new Paragraph(null, ParagraphRole.BODY, List.of(
                        new Link(ctx.label(r.id()), Anchors.risk(r.id())),
                        Span.plain(": " + byDirection(w, texts)))));
            }
        }
        if (items.isEmpty()) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Section(Anchors.SIGNPOSTS, w.label("heading.signposts"), 1,
                List.of(new BulletList(false, items)), List.of(), Part.FRONT));
    }

    /**
     * Signposts sharing a direction (the text before the first colon, "Would raise it") joined after it once, in the
     * order first met; a signpost without one stands alone.
     */
    static String byDirection(Wording w, List<String> signposts) {
        Map<String, List<String>> groups = new java.util.LinkedHashMap<>();
        for (String text : signposts) {
            int colon = text.indexOf(": ");
            String direction = colon < 0 ? "" : text.substring(0, colon);
            String what = colon < 0 ? text : text.substring(colon + 2);
            // Each joins a list, so its own closing stop goes; the list's sentence gets one.
            groups.computeIfAbsent(direction, k -> new ArrayList<>()).add(what.strip().replaceAll("[.]$", ""));
        }
        List<String> sentences = new ArrayList<>();
        groups.forEach((direction, whats) -> sentences.add(JudgmentsSection.sentence(
                (direction.isEmpty() ? "" : direction + ": ") + String.join(w.label("list.strong-separator"), whats))));
        return String.join(" ", sentences);
    }

    /**
     * The sources grouped by their Admiralty grade, each group with its grade ("Lebanon 24 and nan.media, graded C
     * (fairly reliable)"): a reader learns which source earned which grade, not only which grades occur.
     */
    private static String graded(Wording w, List<Source> sources) {
        Map<Reliability, List<String>> groups = new TreeMap<>();
        sources.forEach(s -> groups.computeIfAbsent(s.reliability(), r -> new ArrayList<>())
                .add(w.prose(s.publisher())));
        return String.join(w.label("list.strong-separator"), groups.entrySet().stream()
                .map(g -> w.label("sources.graded")
                        .replace("{names}", w.joinAnd(g.getValue().stream().distinct().toList()))
                        .replace("{code}", g.getKey().name()).replace("{grade}", w.word(g.getKey())))
                .toList());
    }

    static Section sources(BriefContext ctx) {
        Wording w = ctx.wording();
        List<Source> sources = ctx.input().dossier().sources();
        Map<String, Object> data = new HashMap<>();
        data.put("sources", w.count(sources.size(), "source"));
        data.put("cutoff", w.date(ctx.input().dossier().cutOff()));
        data.put("publishers", w.joinAnd(sources.stream().map(s -> w.prose(s.publisher())).distinct().toList()));
        data.put("reliability", w.joinAnd(sources.stream().map(s -> w.word(s.reliability())).distinct().toList()));
        data.put("graded", graded(w, sources));
        data.put("hasSources", !sources.isEmpty());
        List<Block> blocks = new ArrayList<>();
        w.paragraphs(Sentence.SOURCES, data).forEach(p -> blocks.add(Paragraph.body(p)));
        List<Paragraph> citations = sources.stream().map(s -> Paragraph.body(citation(w, s))).toList();
        if (!citations.isEmpty()) {
            blocks.add(new BulletList(false, citations));
        }
        // The analyst's "currency and gaps" note (facts/README.md, the dossier header), from the dossier header.
        Text currency = ctx.input().dossier().currency();
        if (currency != null) {
            blocks.add(Paragraph.of(ParagraphRole.BODY, Span.bold(w.label("word.currency") + ": "),
                    Span.plain(w.prose(currency))));
        }
        return new Section(Anchors.SOURCE_SUMMARY, w.label("heading.source-summary"), 1, blocks, List.of(),
                Part.FRONT);
    }

    /** Publisher, author, title, date and how paragraphs are numbered, as the citation template words it. */
    private static String citation(Wording w, Source s) {
        Map<String, Object> data = new HashMap<>();
        data.put("author", text(w, s.author()));
        data.put("title", text(w, s.title()));
        data.put("publisher", text(w, s.publisher()));
        data.put("date", s.date() == null ? "" : w.date(s.date()));
        data.put("language", s.language() == null ? "" : w.label("language." + s.language().code()));
        // The count opens a sentence of the citation ("Eight paragraphs, numbered ..."), so it is capitalised.
        data.put("paragraphs", s.paragraphs() > 0 ? Names.capitalised(w.count(s.paragraphs(), "paragraph")) : "");
        data.put("vantage", text(w, s.vantage()));
        List.of("author", "date", "language", "paragraphs", "vantage").forEach(k -> data.put("has"
                + Character.toUpperCase(k.charAt(0)) + k.substring(1), !((String) data.get(k)).isBlank()));
        return w.sentence(Sentence.CITATION, data);
    }

    private static String text(Wording w, Text t) {
        return t == null ? "" : w.prose(t);
    }
}
