package org.mizan.web;

import java.util.List;
import java.util.Locale;

import org.mizan.compare.FindingChange;
import org.mizan.dossier.Language;
import org.mizan.dossier.Text;
import org.mizan.problem.Problem;

/**
 * The whole page around the brief: language switch, problems from disk, the what-if form, what changed, the
 * risk chains, downloads for this view and the briefs already in out/. Arabic sets the document right to left.
 */
final class PageHtml {

    /**
     * Changes listed at most: a what-if on a large dossier can change thousands of findings, and the page must stay
     * small; a generated what-if's findings.json has them all.
     */
    static final int MAX_CHANGES = 200;

    private PageHtml() {
    }

    static String render(Snapshot snapshot, WhatIf whatIf, Analysis analysis, Ui ui, List<String> earlier,
                         String briefHtml) {
        Language lang = ui.language();
        StringBuilder out = new StringBuilder(briefHtml.length() + 32 * 1024);
        out.append("<!doctype html><html lang=\"").append(lang.code()).append("\" dir=\"")
                .append(lang.rightToLeft() ? "rtl" : "ltr").append("\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(Html.esc(ui.get("app.title"))).append("</title>")
                .append("<link rel=\"stylesheet\" href=\"/static/workbench.css\"></head><body>");
        header(out, whatIf, ui);
        problems(out, snapshot.problems(), ui);
        out.append("<div class=\"layout\"><aside>").append(ControlsHtml.render(snapshot, whatIf, ui));
        downloads(out, whatIf, ui);
        earlier(out, earlier, ui);
        out.append("</aside><main>");
        changes(out, analysis, ui);
        out.append(ChainHtml.render(analysis.findings(), analysis.dossier(), ui));
        out.append("<article id=\"brief\"><h2 class=\"panel\">").append(Html.esc(ui.get("brief.heading")))
                .append("</h2>").append(briefHtml).append("</article></main></div>")
                .append("<script src=\"/static/workbench.js\"></script></body></html>");
        return out.toString();
    }

    private static void header(StringBuilder out, WhatIf whatIf, Ui ui) {
        Language other = ui.language() == Language.EN ? Language.AR : Language.EN;
        String query = whatIf.query();
        out.append("<header><h1>").append(Html.esc(ui.get("app.title"))).append("</h1><span id=\"view\">")
                .append(Html.esc(ui.get(whatIf.isBaseline() ? "view.baseline" : "view.whatif")))
                .append("</span><a id=\"lang-switch\" href=\"/?lang=").append(other.code())
                .append(query.isEmpty() ? "" : "&amp;" + Html.esc(query)).append("\">")
                .append(Html.esc(ui.get("lang.switch"))).append("</a></header>");
    }

    private static void problems(StringBuilder out, List<Problem> problems, Ui ui) {
        if (problems.isEmpty()) {
            return;
        }
        out.append("<section id=\"problems\" role=\"alert\"><h2>").append(Html.esc(ui.get("problems.heading")))
                .append("</h2><ul>");
        // file:line:col first, as the command line prints it, so the analyst can jump to the line.
        problems.forEach(p -> out.append("<li class=\"problem\" dir=\"ltr\"><code>").append(Html.esc(p.format()))
                .append("</code></li>"));
        out.append("</ul></section>");
    }

    private static void changes(StringBuilder out, Analysis analysis, Ui ui) {
        if (analysis.diff() == null) {
            return;
        }
        out.append("<section id=\"changes\"><h2>").append(Html.esc(ui.get("changes.heading"))).append("</h2>");
        if (analysis.diff().isEmpty()) {
            out.append("<p class=\"no-change\">").append(Html.esc(ui.get("changes.none"))).append("</p>");
        }
        out.append("<ul>");
        List<FindingChange> changes = analysis.diff().changes();
        List<Text> lines = analysis.diff().lines(analysis.dossier());
        int shown = Math.min(changes.size(), MAX_CHANGES);
        for (int i = 0; i < shown; i++) {
            FindingChange c = changes.get(i);
            String kind = c.kind().name().toLowerCase(Locale.ROOT);
            out.append("<li class=\"change ").append(kind).append("\" data-kind=\"").append(kind)
                    .append("\" data-finding=\"").append(Html.esc(c.finding().id()))
                    .append("\" title=\"").append(Html.esc(ui.get("changes." + kind))).append("\">")
                    .append(Html.esc(lines.get(i).in(ui.language()))).append("</li>");
        }
        if (changes.size() > shown) {
            out.append("<li class=\"more\" id=\"changes-more\">").append(Html.esc(ui.format("changes.more", shown,
                    changes.size() - shown))).append("</li>");
        }
        out.append("</ul></section>");
    }

    private static void downloads(StringBuilder out, WhatIf whatIf, Ui ui) {
        String query = whatIf.query();
        out.append("<section id=\"downloads\"><h2>").append(Html.esc(ui.get("downloads.heading")))
                .append("</h2><ul>");
        for (String file : List.of("brief-en.pdf", "brief-en.docx", "brief-ar.pdf", "brief-ar.docx")) {
            out.append("<li><a class=\"download\" download href=\"/download/").append(file)
                    .append(query.isEmpty() ? "" : "?" + Html.esc(query)).append("\">").append(file)
                    .append("</a></li>");
        }
        out.append("</ul></section>");
    }

    private static void earlier(StringBuilder out, List<String> files, Ui ui) {
        out.append("<section id=\"earlier\"><h2>").append(Html.esc(ui.get("earlier.heading"))).append("</h2>");
        if (files.isEmpty()) {
            out.append("<p>").append(Html.esc(ui.get("earlier.none"))).append("</p>");
        }
        out.append("<ul>");
        files.forEach(f -> out.append("<li><a class=\"earlier\" href=\"/out/").append(Html.esc(f)).append("\">")
                .append(Html.esc(f)).append("</a></li>"));
        out.append("</ul></section>");
    }
}
