package org.mizan.web;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.mizan.dossier.Fact;
import org.mizan.dossier.Names;
import org.mizan.scenario.Scenario;

/**
 * The what-if form: a scenario, facts and rules to switch off. It posts names only (never rule text); the server
 * answers with a redirect to the view's address, so the browser's back button and bookmarks work. It offers only
 * rules that can be switched off on their own (not the rows of the rating table).
 */
final class ControlsHtml {

    /** How many facts get a box of their own. */
    static final int MAX_FACT_SWITCHES = 200;

    private ControlsHtml() {
    }

    static String render(Snapshot snapshot, WhatIf whatIf, Ui ui) {
        StringBuilder out = new StringBuilder();
        out.append("<form id=\"whatif\" method=\"post\" action=\"/\"><h2>").append(Html.esc(ui.get("whatif.heading")))
                .append("</h2><input type=\"hidden\" name=\"lang\" value=\"").append(ui.language().code())
                .append("\"><label>").append(Html.esc(ui.get("whatif.scenario")))
                .append(" <select name=\"scenario\" id=\"scenario\"><option value=\"\">")
                .append(Html.esc(ui.get("whatif.baseline"))).append("</option>");
        for (Scenario s : snapshot.scenarios().values()) {
            out.append("<option value=\"").append(Html.esc(s.name())).append('"')
                    .append(s.name().equals(whatIf.scenario()) ? " selected" : "").append('>')
                    .append(Html.esc(s.title().in(ui.language()))).append("</option>");
        }
        out.append("</select></label>");
        facts(out, snapshot, whatIf.factsOff(), ui);
        rules(out, snapshot.inputs().rules().switchableRules(), whatIf.rulesOff(), ui);
        out.append("<p><button type=\"submit\" id=\"apply\">").append(Html.esc(ui.get("whatif.apply")))
                .append("</button> <a id=\"reset\" href=\"/?lang=").append(ui.language().code()).append("\">")
                .append(Html.esc(ui.get("whatif.reset"))).append("</a></p></form>");
        return out.toString();
    }

    /**
     * A box per fact, up to {@link #MAX_FACT_SWITCHES} (those switched off always among them, then the dossier's
     * order); a larger dossier gets a field for any other fact's id, as a page of 43,000 boxes helps no one.
     */
    private static void facts(StringBuilder out, Snapshot snapshot, Set<String> off, Ui ui) {
        out.append("<details id=\"facts\"").append(off.isEmpty() ? "" : " open").append("><summary>")
                .append(Html.esc(ui.get("whatif.facts"))).append(" (").append(off.size()).append(")</summary>");
        List<Fact> all = snapshot.inputs().dossier().facts();
        List<Fact> listed = Stream.concat(all.stream().filter(f -> off.contains(f.id())),
                all.stream().filter(f -> !off.contains(f.id()))).limit(Math.max(MAX_FACT_SWITCHES, off.size()))
                .toList();
        for (Fact f : listed) {
            String name = Names.of(f).map(t -> t.in(ui.language())).orElse("");
            checkbox(out, "fact", f.id(), off.contains(f.id()), f.id() + (name.isEmpty() ? "" : " — " + name));
        }
        if (all.size() > listed.size()) {
            out.append("<label class=\"more\">").append(Html.esc(ui.format("whatif.facts.more",
                    all.size() - listed.size()))).append(" <input type=\"text\" name=\"fact\" id=\"fact-id\" "
                    + "dir=\"ltr\" maxlength=\"120\" autocomplete=\"off\"></label>");
        }
        out.append("</details>");
    }

    private static void rules(StringBuilder out, Set<String> names, Set<String> off, Ui ui) {
        out.append("<details id=\"rules\"").append(off.isEmpty() ? "" : " open").append("><summary>")
                .append(Html.esc(ui.get("whatif.rules"))).append(" (").append(off.size()).append(")</summary>");
        names.forEach(n -> checkbox(out, "rule", n, off.contains(n), n));
        out.append("</details>");
    }

    private static void checkbox(StringBuilder out, String field, String value, boolean checked, String label) {
        out.append("<label class=\"switch\"><input type=\"checkbox\" name=\"").append(field).append("\" value=\"")
                .append(Html.esc(value)).append('"').append(checked ? " checked" : "").append("> <span dir=\"auto\">")
                .append(Html.esc(label)).append("</span></label>");
    }
}
