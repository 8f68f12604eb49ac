package org.mizan.brief;

import java.util.ArrayList;
import java.util.List;

import org.mizan.dossier.Corroboration;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.inference.Finding;
import org.mizan.inference.RiskJudgment;

/**
 * "Why we judge this": the rule that made a finding, the findings it rests on, and the cited facts at the end
 * of the chain, each a link the reader can follow to the row that shows it.
 */
final class Trail {

    private Trail() {
    }

    static List<Paragraph> basis(BriefContext ctx, Finding finding) {
        Wording w = ctx.wording();
        List<Paragraph> paragraphs = new ArrayList<>();
        w.ruleName(finding.rule()).ifPresent(name -> paragraphs.add(Paragraph.of(ParagraphRole.SMALL,
                Span.bold(w.label("word.rule") + ": "), Span.plain(name))));
        List<Link> findings = finding.because().stream()
                .filter(id -> ctx.trail().finding(id).isPresent() && ctx.shown(id)).distinct()
                .sorted(java.util.Comparator.comparingInt(ctx::order))
                .map(id -> new Link(ctx.label(id), anchorOf(ctx, id))).toList();
        if (!findings.isEmpty()) {
            paragraphs.add(Inlines.labelled(w.label("word.rests-on"), findings, w.label("list.separator")));
        }
        List<Link> evidence = ctx.evidenceBehind(finding.because()).stream()
                .map(id -> new Link(ctx.label(id), Anchors.evidence(id))).toList();
        if (!evidence.isEmpty()) {
            paragraphs.add(Inlines.labelled(w.label("word.cited-facts"), evidence, w.label("list.separator")));
        }
        sourcing(ctx, ctx.evidenceBehind(finding.because()), paragraphs);
        return paragraphs;
    }

    /**
     * Which of the cited facts independent sources confirm, which an official denial contradicts, and which
     * overtake an older state (shown as history): what the confidence rests on beyond the grades.
     */
    private static void sourcing(BriefContext ctx, List<String> factIds, List<Paragraph> paragraphs) {
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
            paragraphs.add(Paragraph.of(ParagraphRole.SMALL, Span.bold(w.label("word.overtakes") + ": "),
                    Span.plain(String.join(w.label("list.separator"), history))));
        }
    }

    private static String anchorOf(BriefContext ctx, String findingId) {
        return ctx.trail().finding(findingId).orElseThrow() instanceof RiskJudgment
                ? Anchors.risk(findingId) : Anchors.dependency(findingId);
    }
}
