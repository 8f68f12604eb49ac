package org.mizan.brief;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import org.mizan.compare.SinceDiff;
import org.mizan.dossier.Fact;
import org.mizan.inference.Likelihood;
import org.mizan.inference.RiskJudgment;
import org.mizan.inference.Strength;

/**
 * The front end's "Since our brief of DATE" passage of a brief made {@code --since} an earlier one: each judgment
 * raised, lowered, new, settled, retired or regraded, with its label, its grade then and now, and the facts that
 * moved it, by their evidence labels and titles. At most {@link #MAX_SHOWN} judgments (the front end is two pages);
 * the rest are counted, and {@code ./mizan diff --since} lists them all.
 */
final class SinceSection {

    static final int MAX_SHOWN = 6;

    private SinceSection() {
    }

    static Optional<Section> build(BriefContext ctx) {
        Since since = ctx.input().since();
        if (!since.present()) {
            return Optional.empty();
        }
        Wording w = ctx.wording();
        SinceDiff diff = since.diff();
        String date = diff.date().map(w::date).orElse(diff.since());
        List<Block> blocks = new ArrayList<>();
        if (diff.changes().isEmpty()) {
            blocks.add(Paragraph.body(w.label("since.none")));
        } else {
            blocks.add(Paragraph.body(w.label("since.intro").replace("{date}", date)));
            List<Paragraph> items = diff.changes().stream().limit(MAX_SHOWN).map(c -> item(ctx, since, c)).toList();
            blocks.add(new BulletList(false, items));
            int hidden = diff.changes().size() - MAX_SHOWN;
            if (hidden > 0) {
                blocks.add(Paragraph.body(w.label("since.more").replace("{count}", w.count(hidden, "judgment"))));
            }
        }
        return Optional.of(new Section(Anchors.SINCE, w.label("heading.since").replace("{date}", date), 1, blocks,
                List.of(), Part.FRONT));
    }

    /** "Raised: R1 Integration … stalls: likely → very likely. Because of: E47 Fighting in Aleppo (January 2026)." */
    private static Paragraph item(BriefContext ctx, Since since, SinceDiff.Change c) {
        Wording w = ctx.wording();
        List<Inline> inlines = new ArrayList<>();
        inlines.add(Span.bold(w.label("since." + c.kind().name().toLowerCase(Locale.ROOT)) + ": "));
        Optional<RiskJudgment> now = ctx.risks().stream().filter(r -> Numbering.key(r).equals(c.judgment()))
                .findFirst();
        if (now.isPresent()) {
            inlines.add(new Link(ctx.label(now.get().id()), Anchors.risk(now.get().id())));
            inlines.add(Span.plain(" "));
        } else if (since.earlier().risks().containsKey(c.judgment())) {
            inlines.add(Span.plain(w.label("prefix.risk") + w.number(since.earlier().risks().get(c.judgment())) + " "));
        }
        String grades = grade(w, c.before()) + (c.before() == null || c.after() == null ? ""
                : w.label("since.arrow"))
                + grade(w, c.after());
        inlines.add(Span.plain(JudgmentsSection.sentence(w.prose(c.title().in(w.language())) + ": " + grades)));
        List<String> facts = c.facts().stream().filter(ctx.facts()::containsKey).toList();
        if (!facts.isEmpty()) {
            inlines.add(Span.plain(" " + w.label("since.because") + ": "));
            for (int i = 0; i < facts.size(); i++) {
                Fact fact = ctx.facts().get(facts.get(i));
                if (i > 0) {
                    inlines.add(Span.plain(w.label("list.strong-separator")));
                }
                if (ctx.shown(fact.id())) {
                    inlines.add(new Link(ctx.label(fact.id()), Anchors.evidence(fact.id())));
                    inlines.add(Span.plain(" "));
                }
                inlines.add(Span.plain(ctx.names().describe(fact)));
            }
            inlines.add(Span.plain("."));
        }
        return new Paragraph(null, ParagraphRole.BODY, inlines);
    }

    /** A judgment's grade as findings.json gave it: its likelihood, or a condition's strength, in this language. */
    private static String grade(Wording w, JsonNode judgment) {
        if (judgment == null) {
            return "";
        }
        String term = judgment.path("likelihood").asText("");
        for (Likelihood l : Likelihood.values()) {
            if (l.term().equals(term)) {
                return w.word(l);
            }
        }
        String strength = judgment.path("strength").asText("");
        for (Strength s : Strength.values()) {
            if (s.name().equalsIgnoreCase(strength)) {
                return w.word(s);
            }
        }
        return "";
    }
}
