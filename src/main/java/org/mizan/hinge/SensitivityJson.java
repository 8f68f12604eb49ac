package org.mizan.hinge;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mizan.dossier.Citation;
import org.mizan.dossier.Dossier;
import org.mizan.dossier.Fact;

/**
 * The sensitivity analysis as plain maps and lists, ready for any JSON writer: what {@code mizan sensitivity
 * --json} prints. Fact entries carry the fact's Admiralty grade, so a reader can see a linchpin is also weak. The
 * same inputs give the same bytes: how long the analysis took is left out unless asked for ({@code timings}), as it
 * differs from run to run.
 */
public final class SensitivityJson {

    private SensitivityJson() {
    }

    public static Map<String, Object> of(Sensitivity s, Dossier dossier, boolean timings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("dossier", dossier.id());
        if (timings) {
            root.put("millis", s.millis());
        }
        root.put("facts", s.facts().stream().map(i -> fact(i, dossier)).toList());
        root.put("rules", s.rules().stream().map(i -> impact("rule", i)).toList());
        return root;
    }

    private static Map<String, Object> fact(Impact i, Dossier dossier) {
        Map<String, Object> m = impact("fact", i);
        dossier.fact(i.removed()).map(f -> grade(dossier, f)).ifPresent(g -> m.put("grade", g));
        return m;
    }

    private static String grade(Dossier dossier, Fact fact) {
        return dossier.source(fact.evidence().source()).map(src -> Citation.grade(src, fact.evidence())).orElse("");
    }

    private static Map<String, Object> impact(String what, Impact i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(what, i.removed());
        m.put("weight", i.weight());
        m.put("risksLost", i.risks(ChangeKind.LOST));
        m.put("risksRegraded", i.risks(ChangeKind.REGRADED));
        m.put("risksGained", i.risks(ChangeKind.GAINED));
        m.put("dependenciesLost", i.dependencies(ChangeKind.LOST));
        m.put("dependenciesChanged", concat(i.dependencies(ChangeKind.REGRADED), i.dependencies(ChangeKind.GAINED)));
        return m;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
