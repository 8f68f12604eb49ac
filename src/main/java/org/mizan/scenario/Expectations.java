package org.mizan.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.dossier.Dossier;
import org.mizan.inference.Dependency;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;

/**
 * Checks what an analyst expects of a scenario against the findings of its run, like a test suite for the
 * analysis. A "present" expectation holds when any risk of its type stays within all its bounds.
 */
public final class Expectations {

    private Expectations() {
    }

    /** @param dossier the scenario's dossier ({@link Scenario#apply}), which tells the actors each risk concerns */
    public static ExpectationReport evaluate(Scenario scenario, Findings findings, Dossier dossier) {
        return evaluate(scenario.name(), scenario.expect(), findings, dossier);
    }

    public static ExpectationReport evaluate(String scenario, List<Expectation> expectations, Findings findings,
                                             Dossier dossier) {
        return new ExpectationReport(scenario, expectations.stream().map(e -> check(e, findings, dossier)).toList());
    }

    static ExpectationResult check(Expectation e, Findings findings, Dossier dossier) {
        if (e.dependency() != null) {
            return dependency(e, findings);
        }
        List<RiskJudgment> matching = findings.risks().stream().filter(r -> r.type().equals(e.riskType()))
                .filter(r -> RiskActors.of(r, findings, dossier).containsAll(e.actors())).toList();
        return e.presence() == Expectation.Presence.ABSENT ? absent(e, matching) : present(e, matching, findings);
    }

    private static ExpectationResult absent(Expectation e, List<RiskJudgment> matching) {
        return matching.isEmpty()
                ? new ExpectationResult(e, true, "no such risk", matching)
                : new ExpectationResult(e, false, "present: " + reasons(matching.get(0)), matching);
    }

    /** Passes on the first risk within every bound; a failure shows the first risk's grades and reasons. */
    private static ExpectationResult present(Expectation e, List<RiskJudgment> matching, Findings findings) {
        if (matching.isEmpty()) {
            Set<String> types = new TreeSet<>(findings.risks().stream().map(RiskJudgment::type).toList());
            return new ExpectationResult(e, false, "no such risk; types found: " + String.join(", ", types), matching);
        }
        Optional<RiskJudgment> within = matching.stream()
                .filter(r -> e.bounds().stream().allMatch(b -> b.admits(r))).findFirst();
        RiskJudgment first = matching.get(0);
        return within.map(r -> new ExpectationResult(e, true, grades(r), matching))
                .orElseGet(() -> new ExpectationResult(e, false, misses(e, first) + "; " + reasons(first), matching));
    }

    /** Present: a matching dependency within the strength bounds; absent: no matching dependency at all. */
    private static ExpectationResult dependency(Expectation e, Findings findings) {
        DependencyPattern pattern = e.dependency();
        List<Dependency> matching = findings.dependencies().stream().filter(pattern::matches).toList();
        if (e.presence() == Expectation.Presence.ABSENT) {
            return matching.isEmpty() ? new ExpectationResult(e, true, "no such dependency", List.of())
                    : new ExpectationResult(e, false, "present: " + dependencyReasons(matching.get(0)), List.of());
        }
        if (matching.isEmpty()) {
            return new ExpectationResult(e, false, "no such dependency", List.of());
        }
        return matching.stream().filter(pattern::strengthAdmits).findFirst()
                .map(d -> new ExpectationResult(e, true, d.id() + " (strength " + Enums.word(d.strength()) + ")",
                        List.of()))
                .orElseGet(() -> new ExpectationResult(e, false, "strength is " + Enums.word(matching.get(0).strength())
                        + "; " + dependencyReasons(matching.get(0)), List.of()));
    }

    private static String dependencyReasons(Dependency d) {
        return d.id() + " (strength " + Enums.word(d.strength()) + ") by rule \"" + d.rule() + "\" because "
                + String.join(", ", d.because());
    }

    private static String misses(Expectation e, RiskJudgment r) {
        return String.join("; ", e.bounds().stream().filter(b -> !b.admits(r))
                .map(b -> b.grade().word() + " is " + Enums.word(b.grade().of(r)) + ", wanted " + b.side().phrase()
                        + " " + Enums.word(b.value())).toList());
    }

    /** {@code risk-x (rating high, likelihood likely, …) by rule "R" because a, b}. */
    static String reasons(RiskJudgment r) {
        return grades(r) + " by rule \"" + r.rule() + "\" because " + String.join(", ", r.because());
    }

    private static String grades(RiskJudgment r) {
        return r.id() + " (" + String.join(", ", List.of(Grade.values()).stream()
                .map(g -> g.word() + " " + Enums.word(g.of(r))).toList()) + ")";
    }
}
