package org.mizan.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.mizan.dossier.Dossier;
import org.mizan.dossier.Text;
import org.mizan.inference.Dependency;
import org.mizan.inference.Finding;
import org.mizan.inference.Findings;
import org.mizan.inference.RiskJudgment;

/**
 * What changed between two runs (a baseline and a scenario, or two saves): the findings that appeared,
 * disappeared or changed grade, each with the facts or rules that made the difference. Risks come first, then
 * dependencies, each in key order, so the same pair of runs always reads the same.
 */
public record FindingsDiff(List<FindingChange> changes, List<FactChange> factChanges, Set<String> switchedOff,
                           List<GroundsChange> grounds) {

    public FindingsDiff {
        changes = List.copyOf(changes);
        grounds = List.copyOf(grounds);
        factChanges = List.copyOf(factChanges);
        switchedOff = Set.copyOf(switchedOff);
    }

    public static FindingsDiff between(Findings from, Findings to, Dossier fromDossier, Dossier toDossier) {
        return between(from, to, fromDossier, toDossier, Set.of());
    }

    /** As above, knowing which rules the second run switched off, so their silence can be named as the reason. */
    public static FindingsDiff between(Findings from, Findings to, Dossier fromDossier, Dossier toDossier,
                                       Set<String> switchedOffRules) {
        List<FactChange> facts = DossierDiff.between(fromDossier, toDossier);
        Reasons reasons = new Reasons(from, to, facts, switchedOffRules, id -> fromDossier.supersededBy(id).isPresent()
                ? null : toDossier.supersededBy(id).map(org.mizan.dossier.Fact::id).orElse(null));
        List<FindingChange> changes = new ArrayList<>();
        Grounds grounds = new Grounds(from, to, fromDossier, toDossier);
        for (var p : FindingMatcher.match(from.risks(), to.risks(), from, to, fromDossier, toDossier)) {
            FindingKey key = FindingKey.of(p.to() != null ? p.to() : p.from(), p.to() != null ? to : from,
                    p.to() != null ? toDossier : fromDossier);
            change(p, key, reasons).ifPresentOrElse(changes::add, () -> grounds.compare(key, p.from(), p.to()));
        }
        for (var p : FindingMatcher.match(from.dependencies(), to.dependencies(), from, to, fromDossier, toDossier)) {
            FindingKey key = FindingKey.of((Dependency) (p.to() != null ? p.to() : p.from()));
            change(p, key, reasons).ifPresentOrElse(changes::add, () -> grounds.compare(key, p.from(), p.to()));
        }
        changes.sort(Comparator.comparing((FindingChange c) -> c.key().kind()).reversed()
                .thenComparing(c -> c.key().value()));
        return new FindingsDiff(changes, facts, switchedOffRules, grounds.changes());
    }

    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** {@code 2 appeared, 1 disappeared, 1 regraded}: the one line {@code watch} prints after a save. */
    public String summary() {
        Map<FindingChange.Kind, Long> counts = changes.stream()
                .collect(Collectors.groupingBy(FindingChange::kind, Collectors.counting()));
        String regrounded = grounds.isEmpty() ? "" : ", " + grounds.size() + " changed grounds";
        if (changes.isEmpty()) {
            return "no change in the findings" + (grounds.isEmpty() ? "" : " but " + grounds.size()
                    + " changed grounds");
        }
        return counts.getOrDefault(FindingChange.Kind.APPEARED, 0L) + " appeared, "
                + counts.getOrDefault(FindingChange.Kind.DISAPPEARED, 0L) + " disappeared, "
                + counts.getOrDefault(FindingChange.Kind.REGRADED, 0L) + " changed grade" + regrounded;
    }

    /** Plain text for the terminal, one block per change with its reasons indented below. */
    public String text() {
        return DiffText.render(this);
    }

    /** One bilingual line per change, for the comparison section of a scenario brief. */
    public List<Text> lines(Dossier dossier) {
        return DiffText.lines(this, dossier);
    }

    private static Optional<FindingChange> change(FindingMatcher.Pair p, FindingKey key, Reasons reasons) {
        if (p.from() == null) {
            return Optional.of(new FindingChange(key, FindingChange.Kind.APPEARED, null, p.to(), List.of(),
                    reasons.of(null, p.to())));
        }
        if (p.to() == null) {
            return Optional.of(new FindingChange(key, FindingChange.Kind.DISAPPEARED, p.from(), null,
                    List.of(), reasons.of(p.from(), null)));
        }
        List<GradeChange> grades = grades(p.from(), p.to());
        return grades.isEmpty() ? Optional.empty() : Optional.of(new FindingChange(key,
                FindingChange.Kind.REGRADED, p.from(), p.to(), grades, reasons.of(p.from(), p.to())));
    }

    static List<GradeChange> grades(Finding from, Finding to) {
        List<GradeChange> grades = new ArrayList<>();
        if (from instanceof RiskJudgment a && to instanceof RiskJudgment b) {
            grade(grades, "rating", a, b, RiskJudgment::rating);
            grade(grades, "likelihood", a, b, RiskJudgment::likelihood);
            grade(grades, "impact", a, b, RiskJudgment::impact);
            grade(grades, "confidence", a, b, RiskJudgment::confidence);
        } else if (from instanceof Dependency a && to instanceof Dependency b) {
            grade(grades, "strength", a, b, Dependency::strength);
        }
        return grades;
    }

    private static <F> void grade(List<GradeChange> grades, String aspect, F a, F b, Function<F, Enum<?>> read) {
        if (read.apply(a) != read.apply(b)) {
            grades.add(new GradeChange(aspect, read.apply(a), read.apply(b)));
        }
    }
}
