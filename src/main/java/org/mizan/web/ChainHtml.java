package org.mizan.web;

import java.util.Locale;

import org.mizan.compare.Explanation;
import org.mizan.compare.ExplanationNode;
import org.mizan.compare.Words;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Language;
import org.mizan.dossier.Names;
import org.mizan.dossier.Text;
import org.mizan.inference.Dependency;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;

/**
 * "Why we judge this" for each risk, as nested disclosure elements: the risk, the findings it rests on, and at
 * the bottom the facts with their verbatim (usually Arabic) excerpts. The tree is {@link Explanation}'s, the
 * same one `explain` prints; here its labels are given in the page's language.
 */
final class ChainHtml {

    private final Findings findings;
    private final Dossier dossier;
    private final Language language;
    private final Ui ui;
    private final StringBuilder out = new StringBuilder();

    private ChainHtml(Findings findings, Dossier dossier, Ui ui) {
        this.findings = findings;
        this.dossier = dossier;
        this.language = ui.language();
        this.ui = ui;
    }

    static String render(Findings findings, Dossier dossier, Ui ui) {
        ChainHtml html = new ChainHtml(findings, dossier, ui);
        html.out.append("<section id=\"chains\"><h2>").append(Html.esc(ui.get("chains.heading"))).append("</h2>");
        if (findings.risks().isEmpty()) {
            html.out.append("<p>").append(Html.esc(ui.get("chains.none"))).append("</p>");
        }
        for (RiskJudgment r : findings.risks()) {
            Explanation.of(r.id(), findings, dossier).ifPresent(html::risk);
        }
        html.out.append("</section>");
        return html.out.toString();
    }

    private void risk(ExplanationNode node) {
        RiskJudgment r = (RiskJudgment) findings.find(node.id()).orElseThrow();
        out.append("<details class=\"risk rating-").append(r.rating().name().toLowerCase(Locale.ROOT))
                .append("\" data-risk=\"").append(Html.esc(r.id())).append("\"><summary><span class=\"badge\">")
                .append(Html.esc(Words.of(r.rating()).in(language))).append("</span> ")
                .append(Html.esc(r.title().in(language))).append("</summary>");
        out.append("<p class=\"why\">").append(Html.esc(r.summary().in(language))).append("</p>");
        children(node);
        out.append("</details>");
    }

    private void children(ExplanationNode node) {
        if (node.children().isEmpty()) {
            return;
        }
        out.append("<ul class=\"chain\">");
        node.children().forEach(this::node);
        out.append("</ul>");
    }

    private void node(ExplanationNode node) {
        out.append("<li class=\"node ").append(node.kind().name().toLowerCase(Locale.ROOT)).append("\" data-id=\"")
                .append(Html.esc(node.id())).append("\">");
        if (node.kind() == ExplanationNode.Kind.FACT || node.kind() == ExplanationNode.Kind.UNKNOWN) {
            fact(node);
        } else {
            out.append("<details><summary>").append(Html.esc(label(node))).append("</summary>");
            if (node.rule() != null) {
                out.append("<div class=\"rule\">").append(Html.esc(ui.get("chains.rule"))).append(": ")
                        .append(Html.esc(node.rule())).append("</div>");
            }
            children(node);
            out.append("</details>");
        }
        out.append("</li>");
    }

    private void fact(ExplanationNode node) {
        Text name = Names.of(dossier, node.id());
        out.append("<div class=\"fact\"><code>").append(Html.esc(node.id())).append("</code> ")
                .append(Html.esc(name.in(language))).append("</div>");
        ExplanationNode.Citation c = node.citation();
        if (c != null) {
            // Excerpts are verbatim from the source, in its language: dir="auto" lets Arabic run right to left.
            out.append("<blockquote class=\"excerpt\" dir=\"auto\">").append(Html.esc(c.excerpt()))
                    .append("</blockquote><div class=\"cite\">").append(Html.esc(c.source())).append(" ¶")
                    .append(c.paragraph()).append(" · ").append(Html.esc(ui.get("chains.credibility")))
                    .append(' ').append(c.credibility()).append("</div>");
        }
        children(node);
    }

    private String label(ExplanationNode node) {
        Finding f = findings.find(node.id()).orElse(null);
        if (f instanceof RiskJudgment r) {
            return r.title().in(language);
        }
        if (f instanceof Dependency d) {
            Text dependent = Names.of(dossier, d.dependent());
            Text provider = Names.of(dossier, d.provider());
            String kind = Words.of(d.kind()).in(language);
            return language == Language.AR
                    ? "اعتماد " + dependent.ar() + " على " + provider.ar() + " (" + kind + ")"
                    : dependent.en() + " depends on " + provider.en() + " (" + kind + ")";
        }
        return node.label();
    }
}
