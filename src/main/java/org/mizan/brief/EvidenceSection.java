package org.mizan.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

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

    /** The order of the source: source id, paragraph, fact id. */
    static final Comparator<Fact> SOURCE_ORDER = Comparator.comparing((Fact f) -> f.evidence().source())
            .thenComparingInt(f -> f.evidence().paragraph()).thenComparing(Fact::id);

    private EvidenceSection() {
    }

    /**
     * The facts the brief's pages cite ({@code cited}: the anchors its sections link to), in the order of the
     * source; every fact of the dossier is in the evidence workbook, which the annex names.
     */
    static Section build(BriefContext ctx, String title, Set<String> cited) {
        Wording w = ctx.wording();
        List<Block> blocks = new ArrayList<>();
        List<Fact> listed = ctx.evidence().stream().filter(f -> cited.contains(Anchors.evidence(f.id()))).toList();
        Map<String, Object> data = Map.of("count", w.count(listed.size(), "fact"),
                "total", w.number(ctx.facts().size()), "method", ctx.annexTitle(Anchors.METHOD),
                "hasFacts", !ctx.facts().isEmpty(), "workbook", "evidence-" + w.language().code() + ".xlsx");
        w.paragraphs(Sentence.EVIDENCE, data).forEach(p -> blocks.add(Paragraph.body(p)));
        // One table per source, captioned with it, so that no row repeats the publisher and each fits one line.
        Map<String, List<Fact>> bySource = new java.util.LinkedHashMap<>();
        listed.forEach(f -> bySource.computeIfAbsent(f.evidence().source(), k -> new ArrayList<>()).add(f));
        int n = 0;
        for (List<Fact> facts : bySource.values()) {
            blocks.add(table(ctx, facts, n == 0 ? Anchors.EVIDENCE_TABLE : Anchors.EVIDENCE_TABLE + "-" + (n + 1)));
            n++;
        }
        return new Section(Anchors.SOURCES, title, 1, blocks, List.of(), Part.ANNEX);
    }

    /**
     * The facts cited from one source, captioned with the source: one row per fact with its label, what it says,
     * grade and how the source presents it, and paragraph. What the grade letters and digits mean is said once, in
     * the method note; the excerpt is in the workbook.
     */
    private static Table table(BriefContext ctx, List<Fact> facts, String anchor) {
        Wording w = ctx.wording();
        List<Cell> header = List.of(Inlines.cell(""), Inlines.cell(w.label("column.fact")),
                Inlines.cell(w.label("column.grade")), Inlines.cell(w.label("column.source")));
        List<List<Cell>> rows = facts.stream().map(f -> row(ctx, f)).toList();
        Fact first = facts.get(0);
        String caption = publisher(ctx, ctx.input().dossier().source(first.evidence().source()).orElse(null),
                first.evidence());
        return new Table(anchor, caption, List.of(0.45, 5.1, 2.3, 0.8), header, rows);
    }

    private static List<Cell> row(BriefContext ctx, Fact fact) {
        Wording w = ctx.wording();
        Evidence e = fact.evidence();
        Source source = ctx.input().dossier().source(e.source()).orElse(null);
        Reliability reliability = source == null ? Reliability.F : source.reliability();
        Cell label = new Cell(Anchors.evidence(fact.id()), Tone.NEUTRAL,
                List.of(Paragraph.of(ParagraphRole.BODY, Span.bold(ctx.label(fact.id())))));
        String said = said(ctx, fact);
        Cell what = Inlines.cell(said);
        // Each on one line where it fits: the rows stay as short as what the fact says. A press report, the
        // common case the introduction names, goes unsaid; an announcement, a denial or field indicators are said.
        List<String> notes = new ArrayList<>();
        if (e.attribution() != org.mizan.dossier.Attribution.PRESS_REPORT) {
            notes.add(w.word(e.attribution()));
        }
        if (fact.undated()) {
            notes.add(w.label("word.undated"));
        }
        Cell grade = Inlines.cell(Tone.NEUTRAL, Paragraph.of(ParagraphRole.BODY, Span.bold(grade(reliability,
                e.credibility()) + (notes.isEmpty() ? "" : " ")), Span.plain(String.join(w.label("list.separator"),
                notes))));
        Cell cited = Inlines.cell(w.label("word.paragraph") + " " + w.number(e.paragraph()));
        // The excerpt itself is in the evidence workbook: quoted here, it would double the annex.
        return List.of(label, what, grade, cited);
    }

    /**
     * Every fact of the dossier for the evidence workbook, in the order of the source, each with the shown risks
     * and dependencies that rest on it (by label, gravest risk first, as the brief lists them).
     */
    static EvidenceBook book(BriefContext ctx) {
        Wording w = ctx.wording();
        List<String> header = List.of("", "column.fact", "column.grade", "column.credibility", "column.attribution",
                "column.source", "column.paragraph", "column.excerpt", "column.judgments", "column.fact-id").stream()
                .map(k -> k.isEmpty() ? w.label("column.label") : w.label(k)).toList();
        Map<String, List<String>> judgments = judgmentsByFact(ctx);
        List<EvidenceBook.Row> rows = ctx.facts().values().stream().filter(f -> f.evidence() != null)
                .sorted(SOURCE_ORDER).map(f -> bookRow(ctx, f, judgments.getOrDefault(f.id(), List.of()))).toList();
        return new EvidenceBook(w.label("workbook.sheet"), header, rows);
    }

    private static EvidenceBook.Row bookRow(BriefContext ctx, Fact fact, List<String> judgments) {
        Wording w = ctx.wording();
        Evidence e = fact.evidence();
        Source source = ctx.input().dossier().source(e.source()).orElse(null);
        Reliability reliability = source == null ? Reliability.F : source.reliability();
        return new EvidenceBook.Row(ctx.shown(fact.id()) ? ctx.label(fact.id()) : "", said(ctx, fact),
                grade(reliability, e.credibility()), FactCells.credibility(w, e), w.word(e.attribution())
                + (fact.undated() ? w.label("list.separator") + w.label("word.undated") : ""),
                publisher(ctx, source, e), e.paragraph(), e.excerpt(), judgments, fact.id());
    }

    /** For each fact, the labels of the shown judgments (risks, then dependencies) whose chains reach it. */
    private static Map<String, List<String>> judgmentsByFact(BriefContext ctx) {
        Map<String, List<String>> byFact = new HashMap<>();
        List<String> judgments = new ArrayList<>(ctx.risks().stream().map(r -> r.id()).toList());
        ctx.dependencies().forEach(d -> judgments.add(d.id()));
        for (String id : judgments) {
            for (String fact : ctx.trail().factsBehind(List.of(id))) {
                byFact.computeIfAbsent(fact, k -> new ArrayList<>()).add(ctx.label(id));
            }
        }
        return byFact;
    }

    /** The Admiralty code as analysts write it everywhere, "C3", in both languages. */
    static String grade(Reliability reliability, int credibility) {
        return reliability.name().toUpperCase(Locale.ROOT) + credibility;
    }

    /**
     * The evidence's own label (a standalone noun phrase for what the excerpt says) where the dossier gives one;
     * else the fact's name or title.
     */
    private static String said(BriefContext ctx, Fact fact) {
        Wording w = ctx.wording();
        String own = fact.evidence().label() == null ? null : fact.evidence().label().in(w.language());
        return own == null || own.isBlank() ? ctx.names().describe(fact) : w.prose(own);
    }

    private static String publisher(BriefContext ctx, Source source, Evidence e) {
        if (source == null) {
            return e.source();
        }
        Wording w = ctx.wording();
        return source.publisher() == null ? e.source() : w.prose(source.publisher());
    }
}
