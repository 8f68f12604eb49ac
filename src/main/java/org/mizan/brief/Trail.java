package org.mizan.brief;

import java.util.ArrayList;
import java.util.List;

import org.mizan.dossier.Corroboration;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.inference.Finding;
import org.mizan.inference.RiskJudgment;

/**
 * "Why we judge this": the findings a finding rests on and the facts it cites itself, each a link the reader can
 * follow to the row that shows it; the facts further down the chain are cited by the findings it rests on. The
 * rule's name is left to findings.json and {@code explain}: the reader's pages say why, not which rule.
 */
final class Trail {

    private Trail() {
    }

    static List<Paragraph> basis(BriefContext ctx, Finding finding) {
        Wording w = ctx.wording();
        List<Paragraph> paragraphs = new ArrayList<>();
        List<Inline> findings = finding.because().stream()
                .filter(id -> ctx.trail().finding(id).isPresent() && ctx.shown(id)).distinct()
                .sorted(java.util.Comparator.comparingInt(ctx::order))
                .map(id -> reference(ctx, id)).toList();
        if (!findings.isEmpty()) {
            paragraphs.add(Inlines.labelled(w.label("word.rests-on"), findings, w.label("list.separator")));
        }
        List<String> cited = finding.because().stream().filter(id -> ctx.facts().containsKey(id) && ctx.shown(id))
                .distinct().sorted(java.util.Comparator.comparingInt(ctx::order)).toList();
        List<Link> evidence = cited.stream().map(id -> new Link(ctx.label(id), Anchors.evidence(id))).toList();
        if (!evidence.isEmpty()) {
            paragraphs.add(Inlines.labelled(w.label("word.cited-facts"), evidence, w.label("list.separator")));
        }
        List<Paragraph> history = new ArrayList<>();
        sourcing(ctx, cited, paragraphs, history);
        List<Paragraph> out = new ArrayList<>(runIn(w, paragraphs));
        out.addAll(history);
        return out;
    }

    /**
     * The short labelled lists ("Rests on: R9", "Evidence: E76", "Confirmed by independent sources: E76") run on
     * in one paragraph, separated by the language's strong separator: a line each made every row of the risks
     * annex taller than what it says. A history note stays a paragraph of its own.
     */
    private static List<Paragraph> runIn(Wording w, List<Paragraph> lists) {
        List<Inline> run = new ArrayList<>();
        for (Paragraph p : lists) {
            if (!run.isEmpty()) {
                run.add(Span.plain(w.label("list.strong-separator")));
            }
            run.addAll(p.inlines());
        }
        return run.isEmpty() ? List.of() : List.of(new Paragraph(null, ParagraphRole.SMALL, run));
    }

    /**
     * Which of the cited facts independent sources confirm, which an official denial contradicts, and which
     * overtake an older state (shown as history): what the confidence rests on beyond the grades.
     */
    private static void sourcing(BriefContext ctx, List<String> factIds, List<Paragraph> paragraphs,
                                 List<Paragraph> notes) {
        Wording w = ctx.wording();
        Dossier dossier = ctx.input().dossier();
        Corroboration corroboration = ctx.corroboration();
        List<Link> confirmed = new ArrayList<>();
        List<Link> denied = new ArrayList<>();
        List<String> history = new ArrayList<>();
        for (String id : factIds) {
            Corroboration.Basis basis = corroboration.of(id);
            if (basis.corroborated()) {
                confirmed.add(new Link(ctx.label(id), Anchors.evidence(id)));
            }
            if (basis.contradicted()) {
                denied.add(new Link(ctx.label(id), Anchors.evidence(id)));
            }
            // The context's index, not Dossier.fact: a search of 40,000 facts per cited fact at scale.
            java.util.Optional.ofNullable(ctx.facts().get(id)).map(Fact::supersedes).orElse(List.of()).forEach(old ->
                    history.add(w.prose(org.mizan.dossier.Names.of(dossier, old))));
        }
        if (!confirmed.isEmpty()) {
            paragraphs.add(Inlines.labelled(w.label("word.corroborated"), confirmed, w.label("list.separator")));
        }
        if (!denied.isEmpty()) {
            paragraphs.add(Inlines.labelled(w.label("word.contradicted"), denied, w.label("list.separator")));
        }
        if (!history.isEmpty()) {
            notes.add(Paragraph.of(ParagraphRole.SMALL, Span.bold(w.label("word.overtakes") + ": "),
                    Span.plain(String.join(w.label("list.strong-separator"), history))));
        }
    }

    /**
     * A finding by its label: a risk links to its row in the risks annex; a dependency's row is in the evidence
     * workbook, which a link cannot reach, so its label is plain text.
     */
    static Inline reference(BriefContext ctx, String findingId) {
        return ctx.trail().finding(findingId).orElseThrow() instanceof RiskJudgment
                ? new Link(ctx.label(findingId), Anchors.risk(findingId)) : Span.plain(ctx.label(findingId));
    }
}
