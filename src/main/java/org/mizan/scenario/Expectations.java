package org.mizan.scenario;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.mizan.dossier.Dossier;
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
