package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.mizan.inference.Likelihood;

/**
 * The method annex: how the judgments were made, the reasons given for confidence, each once under a letter the
 * judgments refer to, the likelihood scale and what the Admiralty grades mean, and a one-line colophon. Boilerplate
 * lives here and only here; the checksums that reproduce the brief are in the files' properties
 * ({@link Metadata#provenance()}).
 */
final class MethodSection {

    private static final int COLOPHON_DIGEST = 12;

    private MethodSection() {
    }

    static Section build(BriefContext ctx, String title) {
        Wording w = ctx.wording();
        Map<String, Object> data = new HashMap<>();
        // Which shown likelihoods are the usual ones for their kind of event and which facts moved.
        List<String> defaults = ctx.risks().stream().filter(r -> r.likelihoodBasis() != null
                && r.likelihoodBasis().ruleDefault() != null && r.likelihoodBasis().isDefault())
                .map(r -> ctx.label(r.id())).toList();
        List<String> adjusted = ctx.risks().stream().filter(r -> r.likelihoodBasis() != null
                && r.likelihoodBasis().ruleDefault() != null && !r.likelihoodBasis().isDefault())
                .map(r -> ctx.label(r.id())).toList();
        data.put("hasDefaults", !defaults.isEmpty());
        data.put("defaultLabels", w.join(defaults));
        data.put("hasAdjusted", !adjusted.isEmpty());
        data.put("adjustedLabels", w.join(adjusted));
        List<Block> blocks = new ArrayList<>();
        w.paragraphs(Sentence.METHOD, data).forEach(p -> blocks.add(Paragraph.of(ParagraphRole.BODY,
                Span.plain(p))));
        blocks.addAll(notes(ctx));
        blocks.add(scale(w));
        blocks.add(admiralty(w));
        blocks.add(colophon(ctx));
        return new Section(Anchors.METHOD, title, 1, blocks, List.of(), Part.ANNEX);
    }

    /**
     * One line that says what made the brief: the Mizan version, the dossier's checksum (its first 12 hex digits;
     * the files' properties carry every checksum in full) and the information cut-off.
     */
    static Paragraph colophon(BriefContext ctx) {
        BriefInput in = ctx.input();
        Wording w = ctx.wording();
        String digest = in.factsDigest();
        String line = w.label("colophon").replace("{version}", in.mizanVersion())
                .replace("{checksum}", digest.substring(0, Math.min(COLOPHON_DIGEST, digest.length())))
                .replace("{date}", w.date(in.dossier().cutOff()));
        return Paragraph.of(ParagraphRole.SMALL, Span.plain(line));
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
