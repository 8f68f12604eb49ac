package org.mizan.brief;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.mizan.inference.Finding;
import org.mizan.inference.Likelihood;

/** How the judgments were made and what reproduces them: counts, checksums, version, and the likelihood scale. */
final class MethodSection {

    private MethodSection() {
    }

    static Section build(BriefContext ctx, String documentId) {
        Wording w = ctx.wording();
        BriefInput in = ctx.input();
        Map<String, Object> data = new HashMap<>();
        data.put("factsDigest", in.factsDigest());
        data.put("rulesDigest", in.rulesDigest());
        data.put("templatesDigest", in.templatesDigest());
        data.put("version", in.mizanVersion());
        data.put("documentId", documentId);
        data.put("factCount", w.number(in.dossier().facts().size()));
        data.put("dependencyCount", w.number(in.findings().dependencies().size()));
        data.put("riskCount", w.number(in.findings().risks().size()));
        // Which shown likelihoods are the rules' defaults and which facts moved (ANALYSIS.md §1).
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
        data.put("ruleCount", w.number(Stream.<Finding>concat(in.findings().dependencies().stream(),
                in.findings().risks().stream()).map(Finding::rule).distinct().count()));
        List<Block> blocks = new ArrayList<>();
        w.paragraphs(Sentence.METHOD, data).forEach(p -> blocks.add(Paragraph.of(ParagraphRole.BODY,
                Span.plain(p))));
        blocks.add(scale(w));
        return new Section(Anchors.METHOD, w.label("heading.method"), 1, blocks, List.of());
    }

    private static Table scale(Wording w) {
        List<Cell> header = List.of(Inlines.cell(w.label("column.term")), Inlines.cell(w.label("column.range")));
        List<List<Cell>> rows = Stream.of(Likelihood.values()).map(l -> List.of(Inlines.cell(w.word(l)),
                Inlines.cell(Inlines.percent(w, l.lowPercent(), l.highPercent())))).toList();
        return new Table(Anchors.LIKELIHOOD_TABLE, w.label("caption.likelihood-scale"), List.of(2.0, 1.0), header,
                rows);
    }
}
