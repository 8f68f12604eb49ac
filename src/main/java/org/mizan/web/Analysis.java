package org.mizan.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.mizan.brief.ScenarioNote;
import org.mizan.compare.FindingsDiff;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;
import org.mizan.dossier.Text;
import org.mizan.inference.Findings;
import org.mizan.inference.Inference;
import org.mizan.scenario.Scenario;
import org.mizan.scenario.ScenarioSummary;

/**
 * One view's findings: the baseline as loaded, or a what-if run on the warm rule base, with what changed against
 * the baseline. A what-if's brief carries a scenario note, so a downloaded what-if is never taken for the
 * assessment itself.
 */
record Analysis(Dossier dossier, Findings findings, FindingsDiff diff, String scenarioName, ScenarioNote note,
                Set<String> rulesOff) {

    static Analysis of(Snapshot snapshot, WhatIf whatIf) {
        Dossier baseline = snapshot.inputs().dossier();
        if (whatIf.isBaseline()) {
            return new Analysis(baseline, snapshot.baseline(), null, null, null, Set.of());
        }
        if (snapshot.rulesRetired()) {
            throw new BadRequest(409, "the rules on disk compile but fail while running (see the problems on the"
                    + " page); what-ifs run again once they are fixed");
        }
        Scenario scenario = whatIf.scenario() == null ? null : snapshot.scenarios().get(whatIf.scenario());
        Dossier changed = without(scenario == null ? baseline : scenario.apply(baseline), whatIf.factsOff());
        Set<String> rulesOff = new java.util.TreeSet<>(whatIf.rulesOff());
        if (scenario != null) {
            rulesOff.addAll(scenario.switchOff());
        }
        Findings findings = Inference.run(snapshot.inputs().rules(), changed, rulesOff);
        FindingsDiff diff = FindingsDiff.between(snapshot.baseline(), findings, baseline, changed, rulesOff);
        String name = scenario != null ? scenario.name() : "what-if";
        return new Analysis(changed, findings, diff, name, note(scenario, whatIf, baseline, changed, diff),
                rulesOff);
    }

    /** The dossier without the switched-off facts; its digest changes with them, so briefs are told apart. */
    private static Dossier without(Dossier dossier, Set<String> factsOff) {
        if (factsOff.isEmpty()) {
            return dossier;
        }
        List<Fact> kept = dossier.facts().stream().filter(f -> !factsOff.contains(f.id())).toList();
        String digest = Digests.sha256(dossier.digest() + "\nwithout " + String.join(",", factsOff));
        return dossier.withFacts(dossier.sources(), kept, dossier.origins(), digest);
    }

    private static ScenarioNote note(Scenario scenario, WhatIf whatIf, Dossier baseline, Dossier changed,
                                     FindingsDiff diff) {
        List<Text> changes = new ArrayList<>();
        if (scenario != null) {
            changes.addAll(ScenarioSummary.lines(scenario, baseline));
        }
        whatIf.factsOff().forEach(f -> changes.add(
                new Text("Fact switched off: " + f, "حقيقة مستبعدة: " + f)));
        whatIf.rulesOff().forEach(r -> changes.add(new Text("Rule switched off: " + r, "قاعدة معطلة: " + r)));
        Text title = scenario != null ? scenario.title() : new Text("What-if", "ماذا لو");
        Text description = scenario != null ? scenario.description()
                : new Text("A quick what-if from the workbench: " + switches(whatIf).en(),
                "تحليل سريع من منضدة العمل: " + switches(whatIf).ar());
        return new ScenarioNote(title, description, changes, diff.lines(changed));
    }

    private static Text switches(WhatIf whatIf) {
        int facts = whatIf.factsOff().size();
        int rules = whatIf.rulesOff().size();
        return new Text(facts + " fact(s) and " + rules + " rule(s) switched off.",
                "استبعاد " + facts + " من الحقائق وتعطيل " + rules + " من القواعد.");
    }
}
