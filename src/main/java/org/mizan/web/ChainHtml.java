package org.mizan.web;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CancellationException;
import java.util.stream.Stream;

import org.mizan.compare.Words;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Evidence;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Language;
import org.mizan.dossier.Names;
import org.mizan.dossier.Text;
import org.mizan.inference.Dependency;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;

/**
 * "Why we judge this" for the gravest risks, as nested disclosure elements: the risk, the findings it rests on, and
 * at the bottom the facts with their verbatim (usually Arabic) excerpts; the same chain `explain` prints, with its
 * labels in the page's language. A large dossier has thousands of risks, and one finding can rest on thousands of
 * facts, so the page shows at most {@link #MAX_RISKS} risks (in the findings' order, gravest first) and
 * {@link #MAX_CHILDREN} grounds under each step, each with a line saying how many more there are: a page of a
 * hundred-fold dossier stays under a megabyte (it was 12.7 MB), and `explain` or findings.json give the rest.
 */
final class ChainHtml {

    static final int MAX_RISKS = 30;
    static final int MAX_CHILDREN = 20;

    private final Map<String, Finding> byId = new HashMap<>();
    private final Map<String, Fact> facts;
    private final Language language;
    private final Ui ui;
    private final StringBuilder out = new StringBuilder();

    private ChainHtml(Findings findings, Dossier dossier, Ui ui) {
        Stream.concat(findings.dependencies().stream(), findings.risks().stream())
                .forEach(f -> byId.putIfAbsent(f.id(), f));
        this.facts = dossier.factsById();
        this.language = ui.language();
        this.ui = ui;
    }

    static String render(Findings findings, Dossier dossier, Ui ui) {
        ChainHtml html = new ChainHtml(findings, dossier, ui);
        html.out.append("<section id=\"chains\"><h2>").append(Html.esc(ui.get("chains.heading"))).append("</h2>");
        List<RiskJudgment> risks = findings.risks();
        if (risks.isEmpty()) {
            html.out.append("<p>").append(Html.esc(ui.get("chains.none"))).append("</p>");
        }
        risks.stream().limit(MAX_RISKS).forEach(html::risk);
        if (risks.size() > MAX_RISKS) {
            html.out.append("<p class=\"more\" id=\"chains-more\">").append(Html.esc(ui.format("chains.more",
                    MAX_RISKS, risks.size()))).append("</p>");
        }
        html.out.append("</section>");
        return html.out.toString();
    }

    private void risk(RiskJudgment r) {
        if (Thread.currentThread().isInterrupted()) {
            throw new CancellationException("the view was given up on");
        }
        out.append("<details class=\"risk rating-").append(r.rating().name().toLowerCase(Locale.ROOT))
                .append("\" data-risk=\"").append(Html.esc(r.id())).append("\"><summary><span class=\"badge\">")
                .append(Html.esc(Words.of(r.rating()).in(language))).append("</span> ")
                .append(Html.esc(r.title().in(language))).append("</summary>");
        out.append("<p class=\"why\">").append(Html.esc(r.summary().in(language))).append("</p>");
        Set<String> path = new LinkedHashSet<>();
        path.add(r.id());
        children(r, path);
        out.append("</details>");
    }

    /** The grounds of {@code finding}; one that recurs on its own path is left out, so a cycle cannot loop. */
    private void children(Finding finding, Set<String> path) {
        List<String> below = finding.because().stream().filter(id -> !path.contains(id)).toList();
        if (below.isEmpty()) {
            return;
        }
        out.append("<ul class=\"chain\">");
        below.stream().limit(MAX_CHILDREN).forEach(id -> node(id, path));
        if (below.size() > MAX_CHILDREN) {
            out.append("<li class=\"more\">").append(Html.esc(ui.format("chains.grounds.more",
                    below.size() - MAX_CHILDREN))).append("</li>");
        }
        out.append("</ul>");
    }

    private void node(String id, Set<String> path) {
        Finding finding = byId.get(id);
        String kind = finding instanceof RiskJudgment ? "risk" : finding != null ? "dependency"
                : facts.containsKey(id) ? "fact" : "unknown";
        out.append("<li class=\"node ").append(kind).append("\" data-id=\"").append(Html.esc(id)).append("\">");
        if (finding == null) {
            fact(id);
        } else {
            out.append("<details><summary>").append(Html.esc(label(finding))).append("</summary>");
            out.append("<div class=\"rule\">").append(Html.esc(ui.get("chains.rule"))).append(": ")
                    .append(Html.esc(finding.rule())).append("</div>");
            path.add(id);
            children(finding, path);
            path.remove(id);
            out.append("</details>");
        }
        out.append("</li>");
    }

    private void fact(String id) {
        Fact fact = facts.get(id);
        Text name = fact == null ? new Text(id, id) : Names.of(fact).orElse(new Text(id, id));
        out.append("<div class=\"fact\"><code>").append(Html.esc(id)).append("</code> ")
                .append(Html.esc(name.in(language))).append("</div>");
        Evidence e = fact == null ? null : fact.evidence();
        if (e != null) {
            // Excerpts are verbatim from the source, in its language: dir="auto" lets Arabic run right to left.
            out.append("<blockquote class=\"excerpt\" dir=\"auto\">").append(Html.esc(e.excerpt()))
                    .append("</blockquote><div class=\"cite\">").append(Html.esc(e.source())).append(" ¶")
                    .append(e.paragraph()).append(" · ").append(Html.esc(ui.get("chains.credibility")))
                    .append(' ').append(e.credibility()).append("</div>");
        }
    }

    private String label(Finding f) {
        if (f instanceof RiskJudgment r) {
            return r.title().in(language);
        }
        Dependency d = (Dependency) f;
        Text dependent = name(d.dependent());
        Text provider = name(d.provider());
        String kind = Words.of(d.kind()).in(language);
        return language == Language.AR
                ? "اعتماد " + dependent.ar() + " على " + provider.ar() + " (" + kind + ")"
                : dependent.en() + " depends on " + provider.en() + " (" + kind + ")";
    }

    private Text name(String id) {
        Fact fact = facts.get(id);
        return fact == null ? new Text(id, id) : Names.of(fact).orElse(new Text(id, id));
    }
}
