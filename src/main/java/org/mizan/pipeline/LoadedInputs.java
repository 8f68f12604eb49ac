package org.mizan.pipeline;

import java.util.List;

import org.mizan.ach.Hypothesis;
import org.mizan.brief.Templates;
import org.mizan.dossier.Dossier;
import org.mizan.inference.RuleBase;

/**
 * The dossier, the compiled rules and the templates, checked. Loading collects the problems of all three
 * (and of facts/hypotheses.json) before failing, so one run of `validate` shows the analyst everything that is wrong.
 */
public record LoadedInputs(Dossier dossier, RuleBase rules, Templates templates, List<Hypothesis> hypotheses) {

    public LoadedInputs {
        hypotheses = List.copyOf(hypotheses);
    }

    /** Inputs without competing hypotheses (facts/hypotheses.json absent): the brief leaves ACH out. */
    public LoadedInputs(Dossier dossier, RuleBase rules, Templates templates) {
        this(dossier, rules, templates, List.of());
    }

    /** A one-shot load; long-running modes keep a {@link Workbench} instead, to reuse the rule base. */
    public static LoadedInputs load(InputDirs dirs) {
        return new Workbench(dirs).load();
    }

    public InputDigests digests() {
        return new InputDigests(dossier.digest(), rules.digest(), templates.digest());
    }
}
