package org.mizan.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Names;
import org.mizan.dossier.Text;
import org.mizan.inference.Dependency;
import org.mizan.inference.Finding;
import org.mizan.inference.RiskJudgment;

/**
 * Renders a {@link FindingsDiff}: plain text for the terminal (what changed in the inputs, then each finding that
 * changed with its reasons) and bilingual lines for a brief (the findings only: the brief lists the inputs itself).
 */
final class DiffText {

    private DiffText() {
    }

    /** Explains the marks and brackets of the lines below it. */
    static final String LEGEND = "  (+ appeared, - disappeared, ~ changed grade, = same grades on other grounds;"
            + " a risk's [actors] are the actors it concerns; the [id] at the end is the finding's id in findings.json,"
            + " for ./mizan explain)";

    static String render(FindingsDiff diff) {
        StringBuilder s = new StringBuilder(diff.summary()).append('\n');
        if (!diff.changes().isEmpty() || !diff.grounds().isEmpty()) {
            s.append(LEGEND).append('\n');
        }
        diff.factChanges().forEach(f -> s.append("  input: ").append(f.describe()).append('\n'));
        diff.switchedOff().stream().sorted()
                .forEach(r -> s.append("  input: rule \"").append(r).append("\" switched off\n"));
        for (FindingChange c : diff.changes()) {
            s.append(c.kind().mark()).append(' ').append(c.key()).append("  ").append(c.kind().name().toLowerCase(Locale.ROOT))
                    .append(" [").append(c.finding().id()).append("]\n");
            c.grades().forEach(g -> s.append("    ").append(g.describe()).append('\n'));
            c.reasons().forEach(r -> s.append("    because ").append(r.text().en()).append('\n'));
        }
        for (GroundsChange g : diff.grounds()) {
            s.append("= ").append(g.key()).append("  grounds changed [").append(g.to().id()).append("]\n");
            if (!g.lost().isEmpty()) {
                s.append("    lost support: ").append(String.join("; ", g.lost())).append('\n');
            }
            if (!g.gained().isEmpty()) {
                s.append("    gained support: ").append(String.join("; ", g.gained())).append('\n');
            }
        }
        return s.toString();
    }

    /**
     * One line per change for the scenario brief. Each grade change is a sentence of its own, so that a
     * likelihood term and a confidence level never share a sentence (ICD 203).
     */
    static List<Text> lines(FindingsDiff diff, Dossier dossier) {
        List<Text> lines = new ArrayList<>();
        for (FindingChange c : diff.changes()) {
            Text title = title(c.finding(), dossier);
            Text what = switch (c.kind()) {
                case APPEARED -> new Text("Appears: " + title.en() + ".", "يظهر: " + title.ar() + ".");
                case DISAPPEARED -> new Text("Disappears: " + title.en() + ".", "يختفي: " + title.ar() + ".");
                case REGRADED -> new Text("Changes grade: " + title.en() + ". " + grades(c, false),
                        "تتغير درجته: " + title.ar() + ". " + grades(c, true));
            };
            lines.add(new Text(what.en() + " Because " + reasons(c, false) + ".",
                    what.ar() + " والسبب: " + reasons(c, true) + "."));
        }
        return lines;
    }

    /** A risk's own title; a dependency as "SDF depends on the coalition: financial". */
    static Text title(Finding f, Dossier dossier) {
        if (f instanceof RiskJudgment r) {
            return r.title();
        }
        Dependency d = (Dependency) f;
        Text dependent = name(d.dependent(), dossier);
        Text provider = name(d.provider(), dossier);
        return new Text(dependent.en() + " depends on " + provider.en() + " (" + Words.en(d.kind()) + ")",
                "اعتماد " + dependent.ar() + " على " + provider.ar() + " (" + Words.ar(d.kind()) + ")");
    }

    private static Text name(String id, Dossier dossier) {
        return Names.of(dossier, id);
    }

    private static String grades(FindingChange c, boolean arabic) {
        return String.join(" ", c.grades().stream().map(g -> arabic
                ? Words.aspectAr(g.aspect()) + " من " + Words.ar(g.from()) + " إلى " + Words.ar(g.to()) + "."
                : capitalised(g.describe()) + ".").toList());
    }

    private static String capitalised(String s) {
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static String reasons(FindingChange c, boolean arabic) {
        return String.join(arabic ? "؛ " : "; ",
                c.reasons().stream().map(r -> arabic ? r.text().ar() : r.text().en()).toList());
    }
}
