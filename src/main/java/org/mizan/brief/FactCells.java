package org.mizan.brief;

import java.util.ArrayList;
import java.util.List;

import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Reliability;
import org.mizan.dossier.Source;

/**
 * Cells and words that name a fact with its Admiralty grade, shared by the sections on what the judgments hinge
 * on: the fact links to its row in the evidence table when the appendix carries it.
 */
final class FactCells {

    /** Credibility 3 ("possibly true") or worse: a judgment resting on it is flagged. */
    static final int WEAK_CREDIBILITY = 3;

    private FactCells() {
    }

    static Cell name(BriefContext ctx, Fact fact) {
        List<Inline> inlines = new ArrayList<>();
        if (ctx.shown(fact.id())) {
            inlines.add(new Link(ctx.label(fact.id()), Anchors.evidence(fact.id())));
            inlines.add(Span.plain(" "));
        }
        inlines.add(Span.plain(ctx.names().describe(fact)));
        Paragraph name = new Paragraph(null, ParagraphRole.BODY, inlines);
        // A fact the evidence table carries is identified there; any other needs its id to be found.
        return ctx.shown(fact.id()) ? new Cell(null, Tone.NEUTRAL, List.of(name))
                : new Cell(null, Tone.NEUTRAL, List.of(name, Inlines.small(fact.id())));
    }

    static Cell grade(BriefContext ctx, Fact fact) {
        Wording w = ctx.wording();
        Tone tone = fact.evidence().credibility() >= WEAK_CREDIBILITY ? Tone.MEDIUM : Tone.NEUTRAL;
        // An undated fact says so beside its grade, wherever the brief shows it (facts/README.md, the dossier header).
        String credibility = credibility(w, fact.evidence())
                + (fact.undated() ? w.label("list.separator") + w.label("word.undated") : "");
        return Inlines.cell(tone, Paragraph.of(ParagraphRole.BODY, Span.bold(code(ctx, fact))),
                Inlines.small(credibility));
    }

    /** "C3": the source's reliability letter and the fact's credibility digit. */
    static String code(BriefContext ctx, Fact fact) {
        Reliability reliability = ctx.input().dossier().source(fact.evidence().source()).map(Source::reliability)
                .orElse(Reliability.F);
        return EvidenceSection.grade(reliability, fact.evidence().credibility());
    }

    static String credibility(Wording w, Evidence e) {
        return w.label("credibility." + Math.max(1, Math.min(6, e.credibility())));
    }

    /** Risk labels as links, for those the risks table shows; the others by count would mislead, so by id. */
    static List<Inline> riskLinks(BriefContext ctx, List<String> riskIds) {
        List<Inline> inlines = new ArrayList<>();
        for (String id : riskIds) {
            if (!inlines.isEmpty()) {
                inlines.add(Span.plain(ctx.wording().label("list.separator")));
            }
            inlines.add(ctx.shown(id) ? new Link(ctx.label(id), Anchors.risk(id)) : Span.plain(id));
        }
        return inlines;
    }
}
