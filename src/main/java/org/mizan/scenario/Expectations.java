package org.mizan.scenario;

import java.util.List;
import java.util.Optional;
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
        List<RiskJudgment> ofType = findings.risks().stream().filter(r -> r.type().equals(e.riskType()))
                .filter(r -> RiskActors.of(r, findings, dossier).containsAll(e.actors())).toList();
        if (e.presence() == Expectation.Presence.ABSENT) {
            return ofType.isEmpty()
                    ? new ExpectationResult(e, true, "no such risk", ofType)
                    : new ExpectationResult(e, false, "present: " + reasons(ofType.get(0)), ofType);
        }
        if (ofType.isEmpty()) {
            return new ExpectationResult(e, false, "no such risk; types found: "
                    + String.join(", ", new TreeSet<>(findings.risks().stream().map(RiskJudgment::type).toList())), ofType);
        }
        Optional<RiskJudgment> within = ofType.stream().filter(r -> e.bounds().stream().allMatch(b -> b.admits(r))).findFirst();
        return within.map(r -> new ExpectationResult(e, true, grades(r), ofType))
                .orElseGet(() -> new ExpectationResult(e, false, misses(e, ofType.get(0)) + "; " + reasons(ofType.get(0)), ofType));
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
