package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.mizan.inference.Finding;
import org.mizan.inference.Likelihood;

/**
 * The method annex: how the judgments were made and what reproduces them (counts, checksums, version), the
 * reasons given for confidence, each once under a letter the judgments refer to, the likelihood scale and what
 * the Admiralty grades mean. Boilerplate lives here and only here.
 */
final class MethodSection {

    private MethodSection() {
    }

    static Section build(BriefContext ctx, String documentId, String title) {
        Wording w = ctx.wording();
        BriefInput in = ctx.input();
        Map<String, Object> data = new HashMap<>();
        data.put("factsDigest", in.factsDigest());
        data.put("rulesDigest", in.rulesDigest());
        data.put("templatesDigest", in.templatesDigest());
        data.put("version", in.mizanVersion());
        data.put("documentId", documentId);
        data.put("factCount", w.count(in.dossier().facts().size(), "fact"));
        data.put("dependencyCount", w.count(in.findings().dependencies().size(), "dependency"));
        data.put("riskCount", w.count(in.findings().risks().size(), "risk"));
        // Which shown likelihoods are the rules' defaults and which facts moved (rules/README.md).
        java.util.List<String> defaults = ctx.risks().stream().filter(r -> r.likelihoodBasis() != null
                && r.likelihoodBasis().ruleDefault() != null && r.likelihoodBasis().isDefault())
                .map(r -> ctx.label(r.id())).toList();
        java.util.List<String> adjusted = ctx.risks().stream().filter(r -> r.likelihoodBasis() != null
                && r.likelihoodBasis().ruleDefault() != null && !r.likelihoodBasis().isDefault())
                .map(r -> ctx.label(r.id())).toList();
        data.put("hasDefaults", !defaults.isEmpty());
        data.put("defaultLabels", w.join(defaults));
        data.put("hasAdjusted", !adjusted.isEmpty());
        data.put("adjustedLabels", w.join(adjusted));
        data.put("ruleCount", w.count(Stream.<Finding>concat(in.findings().dependencies().stream(),
                in.findings().risks().stream()).map(Finding::rule).distinct().count(), "rule"));
        List<Block> blocks = new ArrayList<>();
        w.paragraphs(Sentence.METHOD, data).forEach(p -> blocks.add(Paragraph.of(ParagraphRole.BODY,
                Span.plain(p))));
        blocks.addAll(notes(ctx));
        blocks.add(scale(w));
        blocks.add(admiralty(w));
        return new Section(Anchors.METHOD, title, 1, blocks, List.of(), Part.ANNEX);
    }

    /** "Reasons given for confidence:" and each distinct reason with its letter; nothing if none was given. */
    private static List<Block> notes(BriefContext ctx) {
        Wording w = ctx.wording();
        ConfidenceNotes notes = ConfidenceNotes.of(ctx);
        if (notes.isEmpty()) {
            return List.of();
        }
        List<Paragraph> items = new ArrayList<>();
        notes.byReason().forEach((reason, letter) -> items.add(Paragraph.of(ParagraphRole.BODY,
                Span.bold("(" + letter + ") "), Span.plain(JudgmentsSection.sentence(reason)))));
        return List.of(new Paragraph(Anchors.CONFIDENCE_NOTES, ParagraphRole.BODY,
                List.of(Span.bold(w.label("word.confidence-notes")))), new BulletList(false, items));
    }

    /** What the Admiralty letters (source reliability) and digits (information credibility) stand for. */
    private static Table admiralty(Wording w) {
        List<Cell> header = List.of(Inlines.cell(w.label("column.code")), Inlines.cell(w.label("column.reliability")),
                Inlines.cell(w.label("column.code")), Inlines.cell(w.label("column.credibility")));
        List<List<Cell>> rows = new ArrayList<>();
        org.mizan.dossier.Reliability[] letters = org.mizan.dossier.Reliability.values();
        for (int i = 0; i < Math.max(letters.length, 6); i++) {
            rows.add(List.of(Inlines.cell(i < letters.length ? letters[i].name() : ""),
                    Inlines.cell(i < letters.length ? w.word(letters[i]) : ""),
                    Inlines.cell(i < 6 ? w.number(i + 1L) : ""),
                    Inlines.cell(i < 6 ? w.label("credibility." + (i + 1)) : "")));
        }
        return new Table(Anchors.ADMIRALTY_TABLE, w.label("caption.admiralty"), List.of(0.5, 2.0, 0.5, 2.0), header,
                rows);
    }

    private static Table scale(Wording w) {
        List<Cell> header = List.of(Inlines.cell(w.label("column.term")), Inlines.cell(w.label("column.range")));
        List<List<Cell>> rows = Stream.of(Likelihood.values()).map(l -> List.of(Inlines.cell(w.word(l)),
                Inlines.cell(Inlines.percent(w, l.lowPercent(), l.highPercent())))).toList();
        return new Table(Anchors.LIKELIHOOD_TABLE, w.label("caption.likelihood-scale"), List.of(2.0, 1.0), header,
                rows);
    }
}
