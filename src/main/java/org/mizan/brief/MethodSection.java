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
        // Each likelihood's steps from its kind's usual one are named in the risks annex, row by row.
        data.put("riskAnnex", ctx.annexTitle(Anchors.RISK_ANNEX));
        data.put("hasRiskAnnex", !ctx.annexTitle(Anchors.RISK_ANNEX).isEmpty());
        List<Block> blocks = new ArrayList<>();
        w.paragraphs(Sentence.METHOD, data).forEach(p -> blocks.add(Paragraph.of(ParagraphRole.BODY,
                Span.plain(p))));
        blocks.addAll(notes(ctx));
        blocks.add(scale(w));
        blocks.addAll(admiralty(w));
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
        // Run in, each after its bold letter: a bullet each left most of a line empty after every short reason.
        List<Inline> run = new ArrayList<>(List.of(Span.bold(w.label("word.confidence-notes") + " ")));
        notes.byReason().forEach((reason, letter) -> {
            run.add(Span.bold((run.size() > 1 ? " (" : "(") + letter + ") "));
            run.add(Span.plain(JudgmentsSection.sentence(reason)));
        });
        return List.of(new Paragraph(Anchors.CONFIDENCE_NOTES, ParagraphRole.SMALL, run));
    }

    /**
     * What the Admiralty letters (source reliability) and digits (information credibility) stand for, a line
     * each: "Source reliability: A completely reliable; B usually reliable; …". A table of six rows took a third
     * of a page to say the same.
     */
    private static List<Paragraph> admiralty(Wording w) {
        String separator = w.label("list.strong-separator");
        String letters = String.join(separator, java.util.Arrays.stream(org.mizan.dossier.Reliability.values())
                .map(r -> r.name() + " " + w.word(r)).toList());
        String digits = String.join(separator, java.util.stream.IntStream.rangeClosed(1, 6)
                .mapToObj(i -> w.number(i) + " " + w.label("credibility." + i)).toList());
        return List.of(Paragraph.of(ParagraphRole.SMALL, Span.bold(w.label("caption.admiralty") + ". "),
                        Span.bold(w.label("column.reliability") + ": "), Span.plain(letters)),
                Paragraph.of(ParagraphRole.SMALL, Span.bold(w.label("column.credibility") + ": "), Span.plain(digits)));
    }

    /** The words of likelihood and their probabilities in one line: "almost no chance 1–5%; very unlikely …". */
    private static Paragraph scale(Wording w) {
        String words = String.join(w.label("list.strong-separator"), Stream.of(Likelihood.values())
                .map(l -> w.word(l) + " " + Inlines.percent(w, l.lowPercent(), l.highPercent())).toList());
        return Paragraph.of(ParagraphRole.SMALL, Span.bold(w.label("caption.likelihood-scale") + ": "),
                Span.plain(words));
    }
}
