package org.mizan.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.dossier.Dossier;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;

/**
 * Collects the surviving findings whose grounds changed: what each rested on before and after, named so that the
 * two runs can be compared (a fact by its id, a finding by its key).
 */
final class Grounds {

    private final Findings from;
    private final Findings to;
    private final Dossier fromDossier;
    private final Dossier toDossier;
    private final List<GroundsChange> changes = new ArrayList<>();

    Grounds(Findings from, Findings to, Dossier fromDossier, Dossier toDossier) {
        this.from = from;
        this.to = to;
        this.fromDossier = fromDossier;
        this.toDossier = toDossier;
    }

    /** Records a change when the finding survived ({@code before} and {@code after} both set) on other grounds. */
    void compare(FindingKey key, Finding before, Finding after) {
        if (before == null || after == null) {
            return;
        }
        Set<String> was = named(before, from, fromDossier);
        Set<String> now = named(after, to, toDossier);
        if (was.equals(now)) {
            return;
        }
        List<String> lost = was.stream().filter(n -> !now.contains(n)).toList();
        List<String> gained = now.stream().filter(n -> !was.contains(n)).toList();
        changes.add(new GroundsChange(key, before, after, lost, gained));
    }

    List<GroundsChange> changes() {
        return changes.stream().sorted(java.util.Comparator.comparing((GroundsChange c) -> c.key().kind()).reversed()
                .thenComparing(c -> c.key().value())).toList();
    }

    private static Set<String> named(Finding f, Findings findings, Dossier dossier) {
        Set<String> names = new TreeSet<>();
        for (String id : f.because()) {
            names.add(findings.find(id).map(g -> FindingKey.of(g, findings, dossier).toString())
                    .orElse("fact " + id));
        }
        return names;
    }
}
